/**
 * Reports for analysts and coordinators (the "Insights" pages under /insights): the request funnel, times, meetings,
 * feedback and surveys, per programme and period, each table also as CSV. Read-only: it reads MentorFlow's tables
 * and Camunda's history tables with SQL and writes nothing.
 */
package org.mentorflow.insights;
