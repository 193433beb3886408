/*
 * Tells the stylesheet which Camunda apps the person logged in may open: <html data-mf-apps="tasklist welcome">.
 * Tasklist links every task to its process instance in Cockpit, for everyone; a mentee or mentor has no Cockpit
 * (security.CamundaAccessSetup grants them Tasklist only) and would land on "access denied", so
 * tasklist/styles/user-styles.css hides those links unless "cockpit" is among these apps. Camunda waits for this
 * script before it starts, so the links never flash up.
 */
const appRoot = document.querySelector('base').getAttribute('app-root');
// the page's path is <appRoot>/app/<app>/<engine>/
const engine = location.pathname.slice(appRoot.length).split('/')[3] || 'default';
const answer = await fetch(appRoot + '/api/admin/auth/user/' + encodeURIComponent(engine), {credentials: 'same-origin'})
  .then(response => (response.ok ? response.json() : {}))
  .catch(() => ({}));
document.documentElement.dataset.mfApps = (answer.authorizedApps || []).join(' ');

export default [];
