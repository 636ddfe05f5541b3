/**
 * Runs an experiment model ({@code org.offloadlab.model}) headless: builds the simulation (links, peer, offload
 * adapter, host driver, workload, failure plan), runs it on virtual time with progress and cancellation, and writes
 * results.json, metrics.csv and results.xmi (docs/EXPERIMENTS.md, docs/RESULTS.md). Plain Java: usable without OSGi.
 */
package org.offloadlab.experiment;
