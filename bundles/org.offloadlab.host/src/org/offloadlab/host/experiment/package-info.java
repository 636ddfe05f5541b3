/** Experiments over the host and the offload adapter, runnable headless; results are plain rows for CSV and charts. */
package org.offloadlab.host.experiment;
