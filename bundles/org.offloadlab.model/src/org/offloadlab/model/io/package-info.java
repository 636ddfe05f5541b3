/**
 * Reading and writing experiment ({@code *.offload}) and results files: XMI, hardened against hostile input, saved
 * atomically. The format is versioned by the package's nsURI ({@code http://www.offloadlab.org/experiment/1.0}).
 */
package org.offloadlab.model.io;
