// Tasklist as reviewers, experts and applicants use it: in Chinese whatever the browser's language (the only
// locale offered is zh-CN, translated here from the webapp's own en.json; ChineseWebappLocalesTest keeps it
// complete), with Chinese names and dates. Overrides the webjar's app/tasklist/scripts/config.js (Camunda docs:
// Tasklist configuration). Create task and the CE banner are hidden in styles/user-styles.css.
export default {
  app: {
    name: '待办任务',
    vendor: '职称评审平台'
  },
  // moment.js formats; the zh-CN locale file defines L/LL/LLL/LLLL as 2025-06-30, 2025年6月30日 14:00, …
  dateFormat: {
    monthName: 'MMMM',
    day: 'D',
    abbr: 'lll',
    normal: 'LLL',
    long: 'LLLL',
    short: 'LL'
  },
  locales: {
    availableLocales: ['zh-CN'],
    fallbackLocale: 'zh-CN'
  },
  // the first sign-in's "Welcome to Camunda" pointer to the Welcome page is of no use to a reviewer
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '光标移到第一个任务筛选'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '光标移到列表中的第一项任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '光标移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程的对话框'
    }
  }
};
