/**
 * The weekly Spring Batch job that wires the stages: plan and load the week's source files, compute the figures,
 * render the version, deliver it.
 */
package io.capbrief.job;
