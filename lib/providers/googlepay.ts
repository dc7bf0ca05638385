import { defineProvider } from './schema';

export default defineProvider({
  id: 'googlepay',
  name: {
    en: 'Google Pay / Google Wallet',
    'zh-CN': 'Google Pay / Google 钱包',
    'zh-Hant': 'Google Pay / Google 錢包',
  },
  // Only the payment hosts: the rest of google.com serves unrelated products.
  hosts: ['pay.google.com', 'payments.google.com'],
  supportHosts: ['support.google.com'],
  regions: ['US', 'GB', 'EU', 'IN', 'AU'],
  contacts: {
    helpCentre: { url: 'https://support.google.com/googlepay' },
    contactPage: {
      url: 'https://support.google.com/payments/contact/verification',
      label: {
        en: 'Submit verification documents to reopen your account',
        'zh-CN': '提交身份证明材料，恢复账户',
        'zh-Hant': '提交身分證明文件以恢復帳戶',
      },
    },
  },
  detection: {
    rules: [
      {
        id: 'googlepay.profile-suspended.en',
        state: 'account_locked',
        lang: 'en',
        pattern: String.raw`\byour payments profile (?:is|has been) (?:currently )?(?:suspended|closed|restricted)\b`,
        weight: 1,
        examples: {
          positive: [
            'Your payments profile is currently suspended because some information could not be verified.',
          ],
          negative: [
            'If your payments profile is suspended, you can submit documents to reopen it.',
          ],
        },
      },
    ],
    hints: {
      history: [
        {
          pattern: '^/gp/w/home/activity/?$',
          examples: {
            positive: ['/gp/w/home/activity'],
            negative: ['/gp/w/home/', '/gp/w/home/paymentmethods'],
          },
        },
      ],
    },
    samplePages: {
      app: 'https://pay.google.com/gp/w/home/',
      help: 'https://pay.google.com/about/help/',
      history: 'https://pay.google.com/gp/w/home/activity/',
    },
  },
});
