import type { LanguagePack } from './types';

/** "2 oras at 30 minuto": Tagalog nouns do not change with the count, so one form serves every number. */
function amount(n: number, unit: string): string {
  return `${n} ${unit}`;
}

export const tl: LanguagePack = {
  locale: 'fil',
  name: 'Tagalog',
  formatDuration(minutes) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return amount(m, 'minuto');
    if (m === 0) return amount(h, 'oras');
    return `${amount(h, 'oras')} at ${amount(m, 'minuto')}`;
  },
  evvElements: {
    serviceType: 'uri ng serbisyo',
    recipient: 'pangalan ng inalagaan',
    date: 'petsa',
    location: 'lugar (bahay o komunidad)',
    provider: 'pangalan ng nag-alaga',
    startAndEndTime: 'oras ng simula at tapos',
  },
  reasons: {
    OVER_MONTHLY_AUTHORIZED: {
      title: 'Lampas ang mga oras na ito sa mga awtorisadong oras ni {{recipient}} para sa {{month}}.',
      howToFix:
        'May natitirang {{remainingHours}} si {{recipient}} ngayong buwan. Bawasan ang iyong mga oras para magkasya, o hilingin kay {{recipient}} na tawagan ang kanyang social worker kung kailangan niya ng mas maraming oras.',
    },
    OVER_ASSIGNED_HOURS: {
      title: 'Binigyan ka ni {{recipient}} ng {{assignedHours}} para sa {{month}}, at lampas doon ang mga oras na ito.',
      howToFix:
        'May natitira kang {{remainingHours}} kay {{recipient}} ngayong buwan. Bawasan ang iyong mga oras, o hilingin kay {{recipient}} na bigyan ka pa ng kanyang mga oras bago ka magsumite.',
    },
    OVER_WEEKLY_MAXIMUM: {
      title:
        'Nagtrabaho ka nang {{workedHours}} para kay {{recipient}} sa linggong nagsisimula sa {{week}}, higit sa kanyang lingguhang oras ({{weeklyMaximumHours}}).',
      howToFix:
        'Pinapayagan ito kung gusto ni {{recipient}}, basta’t hindi lumampas sa kanyang mga oras ang kabuuan ng buwan. Ibabawas ang mga oras na iyon sa ibang linggo ng buwan, kaya magplano ng mas kaunting oras sa susunod.',
    },
    OVER_66_HOURS: {
      title:
        'Nagtrabaho ka nang {{workedHours}} sa linggong nagsisimula sa {{week}}. Kung higit sa isa ang iyong tatanggap, 66 oras bawat linggo ang limitasyon.',
      howToFix:
        'Suriin ang mga oras ng linggong ito para sa lahat ng iyong tatanggap nang magkakasama at panatilihin ito sa 66 o mas mababa. Hindi kasama sa 66 oras ang oras ng pagbiyahe. Kung talagang nagtrabaho ka nang ganitong oras, tumawag sa tanggapan ng IHSS sa iyong county: babayaran ang oras na nagtrabaho ka, at magtatala ang county ng paglabag.',
    },
    OVER_EXEMPTION_WEEKLY_LIMIT: {
      title:
        'Naglagay ka ng {{workedHours}} sa linggong nagsisimula sa {{week}}. Pinapayagan ng iyong exemption ang hanggang 90 oras bawat linggo.',
      howToFix:
        'Bawasan ang iyong mga oras sa linggong ito sa 90 o mas mababa. Tumawag sa tanggapan ng IHSS sa iyong county kung sa tingin mo ay mali ito.',
    },
    OVER_EXEMPTION_MONTHLY_LIMIT: {
      title: 'Naglagay ka ng {{workedHours}} sa {{month}}. Pinapayagan ng iyong exemption ang hanggang 360 oras bawat buwan.',
      howToFix:
        'Bawasan ang iyong mga oras sa buwang ito sa 360 o mas mababa. Tumawag sa tanggapan ng IHSS sa iyong county kung sa tingin mo ay mali ito.',
    },
    OVER_TRAVEL_LIMIT: {
      title:
        'Naglagay ka ng {{travelHours}} na pagbiyahe sa linggong nagsisimula sa {{week}}. Binabayaran ang pagbiyahe hanggang 7 oras bawat linggo.',
      howToFix:
        'Babayaran ka para dito, pero paglabag ang higit sa 7 oras na pagbiyahe sa isang linggo. Planuhin ang iyong mga pagbisita para manatili ang pagbiyahe sa 7 oras o mas mababa bawat linggo.',
    },
    OVERTIME_WITHOUT_COUNTY_EXCEPTION: {
      title:
        'Nagtrabaho ka nang {{workedHours}} para kay {{recipient}} sa linggong nagsisimula sa {{week}}. Pinapayagan ng kanyang kaso ang {{weeklyMaximumHours}} bawat linggo, kaya kailangan munang aprubahan ng county ang overtime.',
      howToFix:
        'Babayaran ka para sa oras na nagtrabaho ka, pero paglabag ito. Panatilihin ang iyong linggo kay {{recipient}} sa 40 oras o mas mababa, o hilingin kay {{recipient}} na humingi ng exception sa kanyang social worker bago ka mag-overtime.',
    },
    OVER_USUAL_MONTHLY_OVERTIME: {
      title:
        'May {{overtimeHours}} kang overtime sa {{month}}, higit sa {{usualOvertimeHours}} na karaniwang ibinibigay ng mga oras ng iyong mga tatanggap.',
      howToFix:
        'Babayaran ka para sa oras na nagtrabaho ka, pero paglabag ito maliban kung inaprubahan ito ng county. Hatiin nang mas pantay ang iyong mga oras sa mga linggo, o hilingin sa iyong tatanggap na humingi ng exception sa kanyang social worker.',
    },
    OVER_70_PERCENT_FIRST_HALF: {
      title:
        'Naglagay ka ng {{firstHalfHours}} para kay {{recipient}} mula ika-1 hanggang ika-15: higit sa 70% ng {{monthlyHours}} ng buwan.',
      howToFix:
        'Susuriin ng county ang timesheet na ito bago ito bayaran. Tiyaking tama ang mga petsa at oras. Kung tama ang mga ito, wala ka nang ibang kailangang gawin.',
    },
    PROVIDER_NOT_ELIGIBLE: {
      title: 'Hindi ka aktibong provider ng IHSS noong {{date}}.',
      howToFix:
        'Susuriin ito ng county bago ito bayaran. Suriin ang petsa. Kung sa tingin mo ay kwalipikado ka noong araw na iyon, tumawag sa tanggapan ng IHSS sa iyong county o sa Public Authority.',
    },
    RANDOM_HOLD: {
      title: 'Napili nang random ang timesheet na ito para sa pagsusuri ng pirma ng county.',
      howToFix:
        'Wala kang kailangang gawin. Hindi ibig sabihin ng pagkakapili na may mali: ihahambing ng county ang mga pirma at ang iyong mga check-in, pagkatapos ay aaprubahan ito o sasabihin sa iyo kung ano ang aayusin.',
    },
    RECIPIENT_NOT_ELIGIBLE: {
      title: 'Hindi kwalipikado si {{recipient}} para sa IHSS noong {{date}}.',
      howToFix:
        'Susuriin ito ng county bago ito bayaran. Suriin ang petsa. Hilingin kay {{recipient}} na tawagan ang kanyang social worker kung sa tingin niya ay kwalipikado siya.',
    },
    NOT_ASSIGNED_TO_RECIPIENT: {
      title: 'Ayon sa county, hindi ka nagtatrabaho para kay {{recipient}} noong {{date}}.',
      howToFix:
        'Suriin ang petsa at ang tatanggap. Kung nagtrabaho ka nga para kay {{recipient}} noong araw na iyon, hilingin sa kanyang tawagan ang kanyang social worker para idagdag ka sa kanyang kaso para sa petsang iyon.',
    },
    OVERLAPPING_TIME: {
      title:
        'Noong {{date}}, sumasabay ang oras mong {{startTime}}-{{endTime}} sa oras mong {{otherStartTime}}-{{otherEndTime}} kasama si {{otherRecipient}}.',
      howToFix:
        'Isang lugar lang ang maaari mong puntahan sa isang pagkakataon. Itama ang oras ng simula o tapos para hindi magsabay ang mga ito.',
    },
    IMPOSSIBLE_TIME: {
      title:
        'Noong {{date}}, naglagay ka ng {{claimedHours}} sa pagitan ng {{startTime}} at {{endTime}}, na {{spanHours}} lang.',
      howToFix: 'Itama ang oras ng simula, ang oras ng tapos o ang oras na nagtrabaho para magkasya ang mga oras sa pagitan nila.',
    },
    MORE_HOURS_THAN_IN_DAY: {
      title: 'Naglagay ka ng {{claimedHours}} noong {{date}}, pero {{dayHours}} lang ang araw na iyon.',
      howToFix: 'Suriin ang mga oras ng araw na iyon para sa lahat ng iyong tatanggap at itama ang mga ito.',
    },
    FUTURE_TIME: {
      title: 'Naglagay ka ng oras para sa {{date}}, na hindi pa dumarating.',
      howToFix:
        'Ilagay lang ang oras pagkatapos mo itong trabahuhin. Alisin ang oras na ito at idagdag ito pagkatapos ng iyong shift.',
    },
    TRAVEL_NOT_BETWEEN_RECIPIENTS: {
      title:
        'Naglagay ka ng {{travelHours}} na pagbiyahe noong {{date}}, pero binabayaran lang ang pagbiyahe kapag dumiretso ka mula sa isang tatanggap papunta sa isa pa sa parehong araw.',
      howToFix:
        'Ilagay lang ang pagbiyahe sa timesheet ng tatanggap na pinuntahan mo, sa araw na nagtrabaho ka para sa dalawang tatanggap. Hindi binabayaran ang pagbiyahe mula sa iyong bahay.',
    },
    SICK_LEAVE_UNDER_ONE_HOUR: {
      title: 'Humingi ka ng {{requestedHours}} na sick leave. 1 oras ang pinakamaliit na maaaring hingin.',
      howToFix: 'Humingi ng hindi bababa sa 1 oras na sick leave.',
    },
    SICK_LEAVE_NOT_HALF_HOURS: {
      title:
        'Humingi ka ng {{requestedHours}} na sick leave. Pagkatapos ng unang oras, kinukuha ang sick leave nang tig-kalahating oras.',
      howToFix: 'Palitan ang halaga sa buo o kalahating oras, halimbawa 1 oras at 30 minuto o 2 oras.',
    },
    SICK_LEAVE_NOT_EARNED_YET: {
      title: 'Wala ka pang naipong sick leave: nakapagtrabaho ka na nang {{workedHours}} sa {{neededHours}} na kailangan.',
      howToFix:
        'Naiipon mo ang sick leave pagkatapos magtrabaho nang 100 oras. Magpatuloy sa pagtatrabaho at maaari mo itong hingin sa ibang pagkakataon.',
    },
    SICK_LEAVE_NOT_USABLE_YET: {
      title: 'May naipon ka nang sick leave, pero magagamit mo lang ito simula {{usableDate}}.',
      howToFix:
        'Humingi ng sick leave para sa araw na {{usableDate}} o pagkatapos nito, o pagkatapos mong magtrabaho nang 200 oras pa, kung alin ang mauna.',
    },
    SICK_LEAVE_OVER_BALANCE: {
      title: 'Humingi ka ng {{requestedHours}} na sick leave, pero {{balanceHours}} na lang ang natitira sa iyo.',
      howToFix:
        'Humingi ng {{balanceHours}} o mas mababa. Nawawala ang hindi nagamit na sick leave tuwing Hunyo 30 bawat taon.',
    },
    SICK_LEAVE_SHORT_NOTICE: {
      title: 'Sinabihan mo ang iyong tatanggap {{noticeHours}} bago ang iyong shift; {{requiredHours}} ang hinihingi ng tuntunin.',
      howToFix:
        'Sa susunod, sabihan ang iyong tatanggap 48 oras bago pa kung kaya mo, o hindi bababa sa 2 oras bago ang iyong shift kung emergency. Hindi nito pinipigilan ang pagbabayad ng iyong sick leave.',
    },
    EVV_MISSING_ELEMENT: {
      title: 'Kulang ang tala ng iyong pagbisita: walang {{element}}.',
      howToFix:
        'Buksan ang pagbisita at idagdag ang {{element}} bago ka magsumite. Walang parusa kung aayusin mo ito bago magsumite.',
    },
    EVV_CHECK_OUT_BEFORE_CHECK_IN: {
      title: 'Mas maaga ang iyong check-out noong {{date}} kaysa sa iyong check-in.',
      howToFix: 'Itama ang oras ng check-in o check-out ng pagbisitang iyon bago ka magsumite.',
    },
    EVV_LOCATION_FAR_FROM_HOME: {
      title:
        'Ang iyong check-in noong {{date}} ay mga {{distanceMeters}} metro ang layo mula sa address ng bahay ni {{recipient}}.',
      howToFix:
        'Wala kang kailangang gawin: hindi nito kailanman pinipigilan ang iyong bayad. Kung kasama mo si {{recipient}} sa bahay, maaaring hindi tumpak ang lokasyon ng telepono sa loob ng gusali. Kung mali ang address, hilingin kay {{recipient}} na ipaayos ito sa kanyang social worker.',
    },
    MISSING_RECIPIENT_APPROVAL: {
      title: 'Hindi pa inaaprubahan ni {{recipient}} ang timesheet na ito.',
      howToFix:
        'Itama at isumite muli ang timesheet na ito, pagkatapos ay hilingin kay {{recipient}} (o sa kanyang kinatawan) na aprubahan ito. Babayaran lang ito ng county kapag naaprubahan na nila.',
    },
    MISSING_PROVIDER_SIGNATURE: {
      title: 'Hindi mo napirmahan ang timesheet na ito.',
      howToFix: 'Pirmahan ang timesheet, o isumite ito online, at ipadala itong muli.',
    },
    SIGNATURE_DOES_NOT_MATCH: {
      title: 'May pirma sa timesheet na ito na hindi tugma sa nakatala.',
      howToFix: 'Tumawag sa tanggapan ng IHSS sa iyong county. Maaaring kailangan mong pumirma ng bagong form nang personal.',
    },
    HOURS_NOT_SUPPORTED_BY_EVV: {
      title: 'Hindi tugma ang mga oras sa timesheet na ito sa iyong mga check-in at check-out.',
      howToFix: 'Suriin ang iyong mga pagbisita sa mga araw na iyon, itama ang mga oras o ang mga pagbisita, at isumite muli.',
    },
    DUPLICATE_CLAIM: {
      title: 'Na-claim na ang mga oras na ito sa ibang timesheet.',
      howToFix:
        'Huwag i-claim nang dalawang beses ang parehong oras. Para baguhin ang timesheet na naipadala mo na, magsumite ng pagtatama sa halip.',
    },
    INCOMPLETE_TIMESHEET: {
      title: 'Kulang o mahirap basahin ang timesheet na ito.',
      howToFix:
        'Punan nang malinaw ang bawat araw at kabuuan, pirmahan ito, at ipadala muli. Maiiwasan ito kung gagamitin ang website o ang app sa telepono.',
    },
    RECIPIENT_IN_HOSPITAL_OR_FACILITY: {
      title: 'Nasa ospital o pasilidad ng pangangalaga si {{recipient}} sa mga araw na ito.',
      howToFix:
        'Hindi mababayaran ang mga oras ng IHSS sa mga araw na nasa ospital o pasilidad ang tatanggap. Alisin ang mga araw na iyon. Tumawag sa iyong county kung mali ang mga petsa.',
    },
    NO_TRAVEL_AGREEMENT: {
      title: 'Hindi pa mababayaran ang oras ng pagbiyahe: walang kasunduan sa pagbiyahe (SOC 2255) mula sa iyo ang county.',
      howToFix:
        'Punan at pirmahan ang form na SOC 2255 at ipadala ito sa tanggapan ng IHSS sa iyong county. Kapag naitala na ito, itama at isumite muli ang timesheet na ito para mabayaran ang iyong pagbiyahe.',
    },
    DAY_WITHOUT_HOURS: {
      title: 'Walang oras ang {{date}}: hindi ito mababayaran.',
      howToFix:
        'Ilagay ang mga oras na nagtrabaho, o ang oras ng simula at tapos, para sa {{date}}. Kung hindi ka nagtrabaho noong araw na iyon, burahin ang laman ng mga field nito.',
    },
  },
  // After a county denial: the rule behind each advice is cited in en.ts.
  denied: {
    OVER_MONTHLY_AUTHORIZED: {
      title: 'Lampas ang mga oras na ito sa mga awtorisadong oras ni {{recipient}} para sa buwan.',
      howToFix:
        'Sa itinamang bersyon, bawasan ang iyong mga oras para hindi lumampas ang buwan sa mga awtorisadong oras ni {{recipient}}. Ang social worker lang ni {{recipient}} ang makakapagdagdag ng oras: hilingin kay {{recipient}} na tawagan ito kung kailangan niya ng mas maraming oras.',
    },
    OVER_ASSIGNED_HOURS: {
      title: 'Lampas ang mga oras na ito sa mga oras na ibinigay sa iyo ni {{recipient}} para sa buwan.',
      howToFix:
        'Sa itinamang bersyon, bawasan ang iyong mga oras sa mga oras na ibinigay sa iyo ni {{recipient}}. Kung kailangan mo pa, hilingin kay {{recipient}} na bigyan ka pa ng kanyang mga oras bago ka magsumite muli.',
    },
    OVER_EXEMPTION_WEEKLY_LIMIT: {
      title: 'Sa hindi bababa sa isang linggo, lampas ang mga oras na ito sa 90 oras bawat linggo na pinapayagan ng iyong exemption.',
      howToFix:
        'Sa itinamang bersyon, panatilihin ang bawat linggo sa 90 oras o mas mababa para sa lahat ng iyong tatanggap nang magkakasama. Kung sa tingin mo ay mali ang iyong exemption, tumawag sa tanggapan ng IHSS sa iyong county.',
    },
    OVER_EXEMPTION_MONTHLY_LIMIT: {
      title: 'Lampas ang mga oras na ito sa 360 oras bawat buwan na pinapayagan ng iyong exemption.',
      howToFix:
        'Sa itinamang bersyon, panatilihin ang buwan sa 360 oras o mas mababa para sa lahat ng iyong tatanggap nang magkakasama. Kung sa tingin mo ay mali ang iyong exemption, tumawag sa tanggapan ng IHSS sa iyong county.',
    },
    OVER_70_PERCENT_FIRST_HALF: {
      title: 'Higit sa 70% ng mga oras ni {{recipient}} para sa buwan ay nasa ika-1 hanggang ika-15.',
      howToFix:
        'Hindi tinanggap ng county ang mga oras na ito. Sa itinamang bersyon, ilagay lang ang mga oras na talagang nagtrabaho ka sa bawat araw; makakatulong ang iyong mga check-in at check-out. Kung tama ang bawat oras, tumawag sa tanggapan ng IHSS sa iyong county bago ka magsumite muli.',
    },
    PROVIDER_NOT_ELIGIBLE: {
      title: 'Hindi ka aktibong provider ng IHSS sa ilan sa mga araw na kini-claim.',
      howToFix:
        'Sa itinamang bersyon, alisin ang mga araw na hindi ka aktibong provider. Kung sa tingin mo ay kwalipikado ka sa mga araw na iyon, tumawag sa tanggapan ng IHSS sa iyong county o sa Public Authority bago ka magsumite muli.',
    },
    RECIPIENT_NOT_ELIGIBLE: {
      title: 'Hindi kwalipikado si {{recipient}} para sa IHSS sa ilan sa mga araw na kini-claim.',
      howToFix:
        'Sa itinamang bersyon, alisin ang mga araw na hindi kwalipikado si {{recipient}}. Kung sa tingin ni {{recipient}} ay kwalipikado siya, hilingin sa kanyang tawagan ang kanyang social worker bago ka magsumite muli.',
    },
    NOT_ASSIGNED_TO_RECIPIENT: {
      title: 'Hindi ka nakatalaga sa kaso ni {{recipient}} sa ilan sa mga araw na kini-claim.',
      howToFix:
        'Sa itinamang bersyon, alisin ang mga araw na iyon. Kung nagtrabaho ka nga para kay {{recipient}} noon, hilingin sa kanyang tawagan ang kanyang social worker para idagdag ka sa kanyang kaso para sa mga petsang iyon, pagkatapos ay magsumite muli.',
    },
    OVERLAPPING_TIME: {
      title: 'Sumasabay ang ilan sa iyong mga oras sa mga oras na kini-claim mo para sa ibang tatanggap.',
      howToFix:
        'Isang lugar lang ang maaari mong puntahan sa isang pagkakataon. Sa itinamang bersyon, ayusin ang oras ng simula at tapos para hindi sumabay ang mga ito sa iyong oras kasama ang iba mong tatanggap.',
    },
    IMPOSSIBLE_TIME: {
      title: 'Sa ilang araw, hindi nagkakasya ang oras na nagtrabaho sa pagitan ng oras ng simula at tapos.',
      howToFix:
        'Sa itinamang bersyon, ayusin ang oras ng simula, ang oras ng tapos o ang oras na nagtrabaho para magkasya ang mga oras sa pagitan nila.',
    },
    MORE_HOURS_THAN_IN_DAY: {
      title: 'Sa ilang araw, mas marami ang mga oras na kini-claim kaysa sa haba ng araw.',
      howToFix:
        'Sa itinamang bersyon, suriin ang mga oras ng mga araw na iyon para sa lahat ng iyong tatanggap nang magkakasama at ilagay lang ang mga oras na nagtrabaho ka.',
    },
    FUTURE_TIME: {
      title: 'Nagki-claim ang timesheet na ito ng oras sa mga araw na hindi pa dumarating noon.',
      howToFix:
        'Sa itinamang bersyon, alisin ang oras na hindi mo pa natatrabaho noong ipinadala mo ito. Ilagay lang ang oras na natrabaho mo na.',
    },
    TRAVEL_NOT_BETWEEN_RECIPIENTS: {
      title: 'Nagki-claim ang timesheet na ito ng pagbiyahe na hindi sa pagitan ng dalawang tatanggap sa parehong araw.',
      howToFix:
        'Sa itinamang bersyon, alisin ang pagbiyaheng iyon. Binabayaran lang ang pagbiyahe kapag dumiretso ka mula sa isang tatanggap papunta sa isa pa sa araw na nagtrabaho ka para sa dalawa; hindi binabayaran ang pagbiyahe mula sa iyong bahay.',
    },
    SICK_LEAVE_UNDER_ONE_HOUR: {
      title: 'Mas mababa sa 1 oras ang sick leave para sa yugto ng pagbabayad na ito.',
      howToFix:
        'Kinukuha ang sick leave nang hindi bababa sa 1 oras. Tumawag sa tanggapan ng IHSS sa iyong county para itama ang sick leave ng yugto ng pagbabayad na ito, pagkatapos ay itama at isumite muli ang timesheet na ito.',
    },
    SICK_LEAVE_NOT_HALF_HOURS: {
      title: 'Hindi buo o kalahating oras ang sick leave para sa yugto ng pagbabayad na ito.',
      howToFix:
        'Pagkatapos ng unang oras, kinukuha ang sick leave nang tig-kalahating oras. Tumawag sa tanggapan ng IHSS sa iyong county para itama ang sick leave ng yugto ng pagbabayad na ito, pagkatapos ay itama at isumite muli ang timesheet na ito.',
    },
    SICK_LEAVE_NOT_EARNED_YET: {
      title: 'Hiningi ang sick leave para sa yugto ng pagbabayad na ito bago mo pa ito naipon.',
      howToFix:
        'Naiipon ang sick leave pagkatapos ng 100 oras na trabaho. Tumawag sa tanggapan ng IHSS sa iyong county tungkol sa sick leave ng yugto ng pagbabayad na ito, pagkatapos ay itama at isumite muli ang timesheet na ito.',
    },
    SICK_LEAVE_NOT_USABLE_YET: {
      title: 'Hiningi ang sick leave para sa yugto ng pagbabayad na ito bago mo pa ito magamit.',
      howToFix:
        'Magagamit ang sick leave pagkatapos ng 200 oras pang trabaho o 60 araw matapos mo itong maipon, kung alin ang mauna. Tumawag sa tanggapan ng IHSS sa iyong county tungkol sa sick leave ng yugto ng pagbabayad na ito, pagkatapos ay itama at isumite muli ang timesheet na ito.',
    },
    SICK_LEAVE_OVER_BALANCE: {
      title: 'Mas marami ang sick leave para sa yugto ng pagbabayad na ito kaysa sa natitira sa iyo.',
      howToFix:
        'Tumawag sa tanggapan ng IHSS sa iyong county para ibaba ang sick leave ng yugto ng pagbabayad na ito sa natitira sa iyo, pagkatapos ay itama at isumite muli ang timesheet na ito.',
    },
    EVV_MISSING_ELEMENT: {
      title: 'May pagbisita sa timesheet na ito na kulang ng impormasyong kailangan ng tala nito sa EVV.',
      howToFix:
        'Buksan ang iyong mga pagbisita sa yugto ng pagbabayad na ito at idagdag ang kulang, gaya ng lugar o ang oras ng simula at tapos. Pagkatapos ay itama at isumite muli ang timesheet na ito.',
    },
    EVV_CHECK_OUT_BEFORE_CHECK_IN: {
      title: 'May pagbisita sa timesheet na ito na mas maaga ang check-out kaysa sa check-in.',
      howToFix:
        'Itama ang oras ng check-in o check-out ng pagbisitang iyon, pagkatapos ay itama at isumite muli ang timesheet na ito kasama ang mga oras na nagtrabaho ka.',
    },
  },
};
