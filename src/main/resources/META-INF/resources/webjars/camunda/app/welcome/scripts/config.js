// The Welcome page in Chinese whatever the browser's language (zh-CN, translated from the webapp's own en.json;
// ChineseWebappLocalesTest keeps it complete). Overrides the webjar's app/welcome/scripts/config.js.
export default {
  app: {
    name: '欢迎',
    vendor: '职称评审平台'
  },
  locales: {
    availableLocales: ['zh-CN'],
    fallbackLocale: 'zh-CN'
  }
};
