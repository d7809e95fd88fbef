// Cockpit in Chinese by default: a browser asking for Chinese, or for any language but English, gets zh-CN
// (translated from the webapp's own en.json; ChineseWebappLocalesTest keeps it complete); an administrator whose
// browser asks for English keeps English. Overrides the webjar's app/cockpit/scripts/config.js.
export default {
  app: {
    name: '流程监控',
    vendor: '职称评审平台'
  },
  locales: {
    availableLocales: ['zh-CN', 'en'],
    fallbackLocale: 'zh-CN'
  }
};
