// MentorFlow's Cockpit plugin: whose mentorship an instance is. The engine knows only the mentorship id (the
// business key); the names come from the portal's coordinator-only endpoint (oversight.CockpitNamesController),
// same origin and same session as Cockpit. Plain ES module, no build step; registered in ../config.js.

const german = (navigator.language || '').toLowerCase().startsWith('de');
const TEXT = german
  ? {tab: 'Mentorschaften', instanceTab: 'Mentorschaft', none: 'Keine laufende Mentorschaft.', other: 'Die Instanzen dieses Prozesses gehören zu keiner Mentorschaft.', more: 'und {0} weitere',
      failed: 'Die Namen konnten nicht geladen werden.', staffOnly: 'Die Namen der Paare sehen nur Koordinatorinnen und Koordinatoren.', notMentorship: 'Diese Instanz gehört zu keiner Mentorschaft.', history: 'Verlauf im Portal', state: 'Stand'}
  : {tab: 'Mentorships', instanceTab: 'Mentorship', none: 'No running mentorship.', other: 'The instances of this process belong to no mentorship.', more: 'and {0} more',
      failed: 'The names could not be loaded.', staffOnly: 'The pairs\' names are for coordinators only.', notMentorship: 'This instance belongs to no mentorship.', history: 'History in the portal', state: 'State'};

/** The portal's root: Cockpit's app root (…/camunda) without its last part. */
function portalRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/camunda\/?$/, '');
}

async function read(path) {
  const response = await fetch(portalRoot() + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(response.status);
  }
  return response.json();
}

/** What to say when the names do not come: analysts read Cockpit without them (403). */
function failure(error) {
  return element('p', {class: 'mentorflow-failed'}, error.message === '403' ? TEXT.staffOnly : TEXT.failed);
}

function element(name, attributes, ...children) {
  const node = document.createElement(name);
  Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
  children.forEach(child => node.append(child));
  return node;
}

function instanceLink(id) {
  return '#/process-instance/' + encodeURIComponent(id);
}

function historyLink(names) {
  return element('a', {href: portalRoot() + names.history, target: '_blank', rel: 'noopener'}, TEXT.history);
}

/** Names for one instance, or null when it belongs to no mentorship. */
function namesOf(processInstanceId) {
  return read('/coordinator/api/mentorship-names?processInstanceId=' + encodeURIComponent(processInstanceId))
    .then(found => (found.length === 0 ? null : found[0]));
}

/** A tab on a mentorship instance's page: "Lena M. ↔ Anna B. (mentorship 12)", its state, its history. */
const onInstance = {
  id: 'mentorflow.mentorshipOfInstance',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 15,
  properties: {label: TEXT.instanceTab},
  render: (node, {processInstanceId}) => {
    namesOf(processInstanceId)
      .then(names => node.append(names === null
        ? element('p', {class: 'mentorflow-other'}, TEXT.notMentorship)
        : element('p', {class: 'mentorflow-names'}, element('strong', {}, names.label), ' · ',
            TEXT.state + ': ' + names.state, ' · ', historyLink(names))))
      .catch(error => node.append(failure(error)));
  }
};

/** Always in view, in the instance's action column: a button whose tooltip names the pair, to the history. */
const actionOnInstance = {
  id: 'mentorflow.mentorshipAction',
  pluginPoint: 'cockpit.processInstance.runtime.action',
  priority: 100,
  render: (node, {processInstanceId}) => {
    namesOf(processInstanceId).then(names => {
      if (names !== null) {
        node.append(element('a', {class: 'btn btn-default action-button mentorflow-action', href: portalRoot() + names.history,
          target: '_blank', rel: 'noopener', title: names.label, 'aria-label': names.label},
          element('span', {class: 'glyphicon glyphicon-user'})));
      }
    }).catch(() => {});
  }
};

/** A tab on the mentorship definition's page: its running instances with their names, each linking to it. */
const onDefinition = {
  id: 'mentorflow.runningMentorships',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 5,
  properties: {label: TEXT.tab},
  render: (node, {processDefinitionId}) => {
    read('/coordinator/api/running-mentorships?processDefinitionId=' + encodeURIComponent(processDefinitionId))
      .then(running => {
        if (!running.mentorships) {
          node.append(element('p', {class: 'mentorflow-other'}, TEXT.other));
          return;
        }
        if (running.instances.length === 0) {
          node.append(element('p', {class: 'mentorflow-none'}, TEXT.none));
          return;
        }
        const list = element('table', {class: 'cam-table mentorflow-running'});
        running.instances.forEach(names => list.append(element('tr', {},
          element('td', {}, element('a', {href: instanceLink(names.processInstanceId)}, names.label)),
          element('td', {}, names.state),
          element('td', {}, historyLink(names)))));
        node.append(list);
        const rest = running.total - running.first - running.instances.length;
        if (rest > 0) {
          node.append(element('p', {}, TEXT.more.replace('{0}', rest)));
        }
      })
      .catch(error => node.append(failure(error)));
  }
};

export default [onInstance, actionOnInstance, onDefinition];
