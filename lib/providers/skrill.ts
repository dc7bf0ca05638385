import { defineProvider } from './schema';

const COMPLAINT_PAGE =
  'https://www.skrill.com/en-in/support/question/146/how-do-i-file-a-complaint/';

export default defineProvider({
  id: 'skrill',
  name: { en: 'Skrill', 'zh-CN': 'Skrill', 'zh-Hant': 'Skrill' },
  hosts: ['*.skrill.com'],
  regions: ['GB', 'EU'],
  contacts: {
    helpCentre: { url: 'https://support.skrill.com/' },
    contactPage: { url: COMPLAINT_PAGE },
    complaintPages: [
      {
        url: COMPLAINT_PAGE,
        label: {
          en: 'How to file a complaint',
          'zh-CN': '如何提交投诉',
          'zh-Hant': '如何提交申訴',
        },
      },
    ],
    note: {
      en: 'Skrill publishes no phone number: use the contact channel on its complaint page and say clearly that you are making a formal complaint.',
      'zh-CN': 'Skrill 没有公布电话：请使用投诉页面上的联系渠道，并明确说明你要提出正式投诉。',
      'zh-Hant': 'Skrill 沒有公布電話：請使用申訴頁面上的聯絡管道，並明確說明你要提出正式申訴。',
    },
  },
  detection: {
    samplePages: {
      app: 'https://account.skrill.com/wallet/',
      help: 'https://www.skrill.com/en/support/',
      history: 'https://account.skrill.com/wallet/history/',
    },
  },
});
