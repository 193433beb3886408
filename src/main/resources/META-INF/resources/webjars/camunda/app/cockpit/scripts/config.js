// MentorFlow's Cockpit configuration (see docs/operations.md).
export default {
  // whose mentorship an instance is, from the portal (scripts/mentorflow/mentorship-names.js)
  customScripts: ['scripts/mentorflow/mentorship-names']
};
