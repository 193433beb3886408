/**
 * The coordinators' view of mentorships: a portal list of every mentorship with its history (Community Cockpit
 * shows no finished instances), and the names behind a mentorship instance for the Cockpit plugin. The engine's
 * history names nobody; names come from the people module when a coordinator reads the page.
 */
package org.mentorflow.oversight;
