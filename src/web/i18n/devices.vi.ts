import type { devicesEn } from './devices.en';
import type { Words } from './words';

/** Vietnamese words of "Devices and sessions" (see devices.en.ts). */
export const devicesVi: Words<typeof devicesEn> = {
  devices: {
    heading: 'Thiết bị và phiên đăng nhập',
    intro: 'Những nơi tài khoản của quý vị đang đăng nhập. Nếu có nơi quý vị không nhận ra, xin đăng xuất nơi đó rồi đổi mật khẩu.',
    placeNote: 'Nơi chốn chỉ là loại mạng: cổng thông tin không tra cứu vị trí của địa chỉ.',
    thisDevice: 'Thiết bị này',
    phone: 'Điện thoại',
    tablet: 'Máy tính bảng',
    computer: 'Máy tính',
    unknownDevice: 'Thiết bị không rõ',
    browserOn: '{{browser}} trên {{os}}',
    unknownBrowser: 'Trình duyệt không rõ',
    placeLabel: 'Nơi chốn',
    signedInLabel: 'Đăng nhập lúc',
    lastUsedLabel: 'Dùng lần cuối',
    placeThisComputer: 'Máy tính này',
    placePrivate: 'Mạng riêng',
    placeInternet: 'Mạng Internet',
    placeInternet4: 'Mạng Internet, IPv4 {{address}}',
    placeInternet6: 'Mạng Internet, IPv6',
    placeUnknown: 'Không rõ',
    signOut: 'Đăng xuất',
    signOutLabel: 'Đăng xuất {{device}}',
    confirmOne: 'Đăng xuất {{device}}? Người dùng thiết bị đó sẽ phải đăng nhập lại.',
    confirmOneYes: 'Vâng, đăng xuất',
    signOutOthers: 'Đăng xuất mọi phiên khác',
    confirmOthers: 'Đăng xuất mọi phiên trừ phiên này? Mỗi phiên sẽ phải đăng nhập lại.',
    confirmOthersYes: 'Vâng, đăng xuất các phiên khác',
    cancel: 'Hủy',
    signedOutOne: 'Đã đăng xuất {{device}}.',
    signedOutOthers: 'Đã đăng xuất {{count}} phiên khác.',
    noOthers: 'Tài khoản của quý vị không đăng nhập ở nơi nào khác.',
  },
};
