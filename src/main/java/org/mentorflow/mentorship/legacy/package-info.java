/**
 * Support for mentorships started on a model version before the process tree (v1), internal to the mentorship
 * module; it goes once Cockpit lists no running v1 instances. See
 * {@link org.mentorflow.mentorship.legacy.LegacyProcessVersions}.
 */
package org.mentorflow.mentorship.legacy;
