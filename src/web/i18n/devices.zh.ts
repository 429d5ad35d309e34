import type { devicesEn } from './devices.en';
import type { Words } from './words';

/** Traditional Chinese words of "Devices and sessions" (see devices.en.ts). */
export const devicesZh: Words<typeof devicesEn> = {
  devices: {
    heading: '裝置與登入連線',
    intro: '您的帳戶目前在哪些地方登入。如果有您不認得的，請將它登出，然後變更密碼。',
    placeNote: '地點只表示網路的類型：入口網站不會查詢地址所在的位置。',
    thisDevice: '這部裝置',
    phone: '手機',
    tablet: '平板電腦',
    computer: '電腦',
    unknownDevice: '不明的裝置',
    browserOn: '{{os}} 上的 {{browser}}',
    unknownBrowser: '不明的瀏覽器',
    placeLabel: '地點',
    signedInLabel: '登入時間',
    lastUsedLabel: '上次使用',
    placeThisComputer: '這部電腦',
    placePrivate: '私人網路',
    placeInternet: '網際網路',
    placeInternet4: '網際網路，IPv4 {{address}}',
    placeInternet6: '網際網路，IPv6',
    placeUnknown: '不明',
    signOut: '登出',
    signOutLabel: '登出 {{device}}',
    confirmOne: '要登出 {{device}} 嗎？使用它的人必須重新登入。',
    confirmOneYes: '是，將它登出',
    signOutOthers: '登出其他所有連線',
    confirmOthers: '要登出這部裝置以外的所有連線嗎？每一個都必須重新登入。',
    confirmOthersYes: '是，登出其他連線',
    cancel: '取消',
    signedOutOne: '{{device}} 已登出。',
    signedOutOthers: '已登出其他 {{count}} 個連線。',
    noOthers: '您的帳戶沒有在其他地方登入。',
  },
};
