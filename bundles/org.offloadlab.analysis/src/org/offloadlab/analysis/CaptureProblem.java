package org.offloadlab.analysis;

/**
 * Something wrong in the capture: damage that stopped reading (fatal) or a frame that could not be decoded.
 *
 * @param offset
 *            byte offset in the file
 * @param frame
 *            frame number concerned, 0 when not about one frame
 * @param message
 *            what is wrong, readable by a user
 * @param fatal
 *            reading stopped here; everything before was analysed
 */
public record CaptureProblem(long offset, long frame, String message, boolean fatal) {
}
