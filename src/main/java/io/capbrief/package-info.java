/**
 * capbrief, the weekly small-cap market briefing: the application's entry point; each stage of the pipeline is a
 * package below.
 */
package io.capbrief;
