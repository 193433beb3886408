// MentorFlow's Tasklist: our name, English and German (locales/de.json is ours), labels there from the first draw
export default {
  app: {
    name: 'Tasklist',
    vendor: 'MentorFlow'
  },
  locales: {
    availableLocales: ['en', 'de'],
    fallbackLocale: 'en'
  },
  customScripts: ['../mentorflow/preload-locales', '../mentorflow/authorized-apps'],
  // Camunda's own defaults, kept because this file replaces Camunda's config.js
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
