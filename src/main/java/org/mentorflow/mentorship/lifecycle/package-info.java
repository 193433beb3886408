/**
 * How a mentorship runs and ends: either side cancels, both confirm completion, inactivity nudges both and then
 * asks a coordinator, the planned end date asks both to finish or extend.
 */
@NamedInterface("lifecycle")
package org.mentorflow.mentorship.lifecycle;

import org.springframework.modulith.NamedInterface;
