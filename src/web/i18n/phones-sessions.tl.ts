import type { phonesSessionsEn } from './phones-sessions.en';
import type { Words } from './words';

/** Tagalog words: the same keys and {{placeholders}} as phones-sessions.en.ts. */
export const phonesSessionsTl: Words<typeof phonesSessionsEn> = {
  siteMenu: {
    open: 'Mga pahina',
    label: 'Pangunahing menu',
    account: 'Ang iyong account',
    dashboard: 'Pangunahing pahina',
    checkIn: 'Mag-check in at mag-check out',
    visits: 'Mga pagbisita',
    timesheets: 'Mga timesheet',
    sickLeave: 'Bayad na sick leave',
    claims: 'Mga claim',
    payments: 'Mga bayad',
    violations: 'Mga paglabag',
    recipients: 'Mga tatanggap',
    messages: 'Mga mensahe',
    profile: 'Ang iyong profile',
    review: 'Mga timesheet na susuriin',
    console: 'Console ng county',
    cases: 'Mga tatanggap at kaso',
    enrolments: 'Mga pagpapatala',
    countyReview: 'Pagsusuri ng timesheet',
    countyMessages: 'Mga mensahe',
    unlock: 'I-unlock ang account',
    settings: 'Mga setting ng county',
    countyAdmins: 'Mga administrador ng county',
    security: 'Pag-sign in at seguridad',
  },
  keptTaps: {
    heading_one: '{{count}} pindot ang naghihintay sa teleponong ito',
    heading: '{{count}} pindot ang naghihintay sa teleponong ito',
    checkIn: 'Pinindot ang check-in {{at}}',
    checkOut: 'Pinindot ang check-out {{at}}',
    afterSignIn:
      'Natapos ang iyong session bago ito naipadala. Nakatago ito sa teleponong ito at ipapadala kasama ang oras na pumindot ka sa sandaling mag-sign in ka ulit.',
    onlyTheirs:
      'Ipapadala lang ito kapag nag-sign in ang provider na pumindot nito. Hindi ito kailanman itatala sa pangalan ng iba.',
    otherAccountHeading: 'May pindot ng ibang account na nakatago sa teleponong ito',
    otherAccountText:
      'Hindi pa naipapadala ang check-in o check-out na ginawa sa teleponong ito ng ibang account. Hindi ito itatala sa iyong pangalan: mananatili ito sa teleponong ito at ipapadala kapag nag-sign in ulit dito ang provider na iyon.',
  },
  approval: {
    heading: 'Aprubahan ang mga oras na ito?',
    intro: 'Inaaprubahan mo ang mga oras na nagtrabaho si {{name}} para sa iyo mula {{span}}.',
    day: 'Araw',
    hours: 'Oras na nagtrabaho',
    travel: 'Pagbiyahe',
    total: 'Kabuuan',
    totalLine: 'Kabuuan: {{worked}} na trabaho at {{travel}} na pagbiyahe',
    noDays: 'Walang naitalang oras sa yugtong ito.',
    confirm: 'Oo, aprubahan ang mga oras na ito',
    cancel: 'Bumalik',
  },
};
