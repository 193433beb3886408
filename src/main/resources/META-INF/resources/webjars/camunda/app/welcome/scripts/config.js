// MentorFlow's Welcome page (Camunda's "My profile"): our name, English and German
export default {
  app: {
    name: 'Welcome',
    vendor: 'MentorFlow'
  },
  locales: {
    availableLocales: ['en', 'de'],
    fallbackLocale: 'en'
  },
  customScripts: ['../mentorflow/preload-locales']
};
