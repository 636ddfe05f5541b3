/**
 * Reports of experiment runs and sweeps for people: charts (PNG and SVG) of a run's series and one self-contained HTML
 * report per run, comparison charts of a sweep. A bundle of its own because it draws with the charts bundle, which the
 * plain runner ({@code org.offloadlab.experiment}) must not need. Plain Java: no OSGi needed to call it.
 */
package org.offloadlab.report;
