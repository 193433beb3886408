/**
 * What an operator watches besides the pages: the engine's figures for Prometheus (due jobs nobody has taken,
 * open incidents, how long user tasks wait), whether the job executor runs (readiness). The endpoints' access rules
 * are security's; the mail figures and the mail server's health are notifications'.
 */
package org.mentorflow.operations;
