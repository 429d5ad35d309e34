import type { devicesEn } from './devices.en';
import type { Words } from './words';

/** Spanish words of "Devices and sessions" (see devices.en.ts). */
export const devicesEs: Words<typeof devicesEn> = {
  devices: {
    heading: 'Dispositivos y sesiones',
    intro: 'Dónde está abierta su cuenta ahora. Si no reconoce alguna, ciérrela y luego cambie su contraseña.',
    placeNote: 'El lugar es solo el tipo de red: el portal no averigua dónde está una dirección.',
    thisDevice: 'Este dispositivo',
    phone: 'Teléfono',
    tablet: 'Tableta',
    computer: 'Computadora',
    unknownDevice: 'Dispositivo desconocido',
    browserOn: '{{browser}} en {{os}}',
    unknownBrowser: 'Navegador desconocido',
    placeLabel: 'Lugar',
    signedInLabel: 'Inició sesión',
    lastUsedLabel: 'Último uso',
    placeThisComputer: 'Esta computadora',
    placePrivate: 'Red privada',
    placeInternet: 'Internet (red pública)',
    placeInternet4: 'Internet, IPv4 {{address}} (red pública)',
    placeInternet6: 'Internet, IPv6 (red pública)',
    placeUnknown: 'Desconocido',
    signOut: 'Cerrar sesión',
    signOutLabel: 'Cerrar sesión en {{device}}',
    confirmOne: '¿Cerrar la sesión en {{device}}? Quien lo use tendrá que iniciar sesión de nuevo.',
    confirmOneYes: 'Sí, cerrarla',
    signOutOthers: 'Cerrar todas las demás sesiones',
    confirmOthers: '¿Cerrar todas las sesiones menos esta? Cada una tendrá que iniciar sesión de nuevo.',
    confirmOthersYes: 'Sí, cerrar las demás',
    cancel: 'Cancelar',
    signedOutOne: 'Se cerró la sesión en {{device}}.',
    signedOutOthers_one: 'Se cerró {{count}} sesión más.',
    signedOutOthers: 'Se cerraron {{count}} sesiones más.',
    noOthers: 'Su cuenta no tiene sesiones abiertas en ningún otro lugar.',
  },
};
