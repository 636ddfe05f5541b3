/**
 */
package org.offloadlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Connection Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One connection at the end of the run (or when it was last seen): where it lived, its TCP hard and soft state, and optionally its state history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getId <em>Id</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getLocalAddress <em>Local Address</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getLocalPort <em>Local Port</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getRemoteAddress <em>Remote Address</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getRemotePort <em>Remote Port</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getAdapter <em>Adapter</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getBufferGroup <em>Buffer Group</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getTcpState <em>Tcp State</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getOpenedAtNanos <em>Opened At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getLastSeenAtNanos <em>Last Seen At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getSndUna <em>Snd Una</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getSndNxt <em>Snd Nxt</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getRcvNxt <em>Rcv Nxt</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getSndWnd <em>Snd Wnd</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getRcvWnd <em>Rcv Wnd</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getMss <em>Mss</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#isWindowScaling <em>Window Scaling</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getSndWscale <em>Snd Wscale</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getRcvWscale <em>Rcv Wscale</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#isSack <em>Sack</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#isTimestamps <em>Timestamps</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getCwnd <em>Cwnd</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getSsthresh <em>Ssthresh</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getSrttNanos <em>Srtt Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getRtoNanos <em>Rto Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getBytesIn <em>Bytes In</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getBytesOut <em>Bytes Out</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getStateTimesNanos <em>State Times Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.ConnectionRecord#getStates <em>States</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord()
 * @model
 * @generated
 */
public interface ConnectionRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(int)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_Id()
	 * @model
	 * @generated
	 */
	int getId();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(int value);

	/**
	 * Returns the value of the '<em><b>Local Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Address</em>' attribute.
	 * @see #setLocalAddress(int)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_LocalAddress()
	 * @model
	 * @generated
	 */
	int getLocalAddress();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getLocalAddress <em>Local Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Address</em>' attribute.
	 * @see #getLocalAddress()
	 * @generated
	 */
	void setLocalAddress(int value);

	/**
	 * Returns the value of the '<em><b>Local Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Port</em>' attribute.
	 * @see #setLocalPort(int)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_LocalPort()
	 * @model
	 * @generated
	 */
	int getLocalPort();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getLocalPort <em>Local Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Port</em>' attribute.
	 * @see #getLocalPort()
	 * @generated
	 */
	void setLocalPort(int value);

	/**
	 * Returns the value of the '<em><b>Remote Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Address</em>' attribute.
	 * @see #setRemoteAddress(int)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_RemoteAddress()
	 * @model
	 * @generated
	 */
	int getRemoteAddress();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getRemoteAddress <em>Remote Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Address</em>' attribute.
	 * @see #getRemoteAddress()
	 * @generated
	 */
	void setRemoteAddress(int value);

	/**
	 * Returns the value of the '<em><b>Remote Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Port</em>' attribute.
	 * @see #setRemotePort(int)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_RemotePort()
	 * @model
	 * @generated
	 */
	int getRemotePort();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getRemotePort <em>Remote Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Port</em>' attribute.
	 * @see #getRemotePort()
	 * @generated
	 */
	void setRemotePort(int value);

	/**
	 * Returns the value of the '<em><b>Adapter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adapter</em>' attribute.
	 * @see #setAdapter(String)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_Adapter()
	 * @model
	 * @generated
	 */
	String getAdapter();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getAdapter <em>Adapter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adapter</em>' attribute.
	 * @see #getAdapter()
	 * @generated
	 */
	void setAdapter(String value);

	/**
	 * Returns the value of the '<em><b>Buffer Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buffer Group</em>' attribute.
	 * @see #setBufferGroup(String)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_BufferGroup()
	 * @model
	 * @generated
	 */
	String getBufferGroup();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getBufferGroup <em>Buffer Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buffer Group</em>' attribute.
	 * @see #getBufferGroup()
	 * @generated
	 */
	void setBufferGroup(String value);

	/**
	 * Returns the value of the '<em><b>Tcp State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RFC 9293 state name, e.g. ESTABLISHED; CLOSED once the adapter no longer holds it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tcp State</em>' attribute.
	 * @see #setTcpState(String)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_TcpState()
	 * @model
	 * @generated
	 */
	String getTcpState();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getTcpState <em>Tcp State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tcp State</em>' attribute.
	 * @see #getTcpState()
	 * @generated
	 */
	void setTcpState(String value);

	/**
	 * Returns the value of the '<em><b>Opened At Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opened At Nanos</em>' attribute.
	 * @see #setOpenedAtNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_OpenedAtNanos()
	 * @model default="-1"
	 * @generated
	 */
	long getOpenedAtNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getOpenedAtNanos <em>Opened At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened At Nanos</em>' attribute.
	 * @see #getOpenedAtNanos()
	 * @generated
	 */
	void setOpenedAtNanos(long value);

	/**
	 * Returns the value of the '<em><b>Last Seen At Nanos</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Seen At Nanos</em>' attribute.
	 * @see #setLastSeenAtNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_LastSeenAtNanos()
	 * @model default="-1"
	 * @generated
	 */
	long getLastSeenAtNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getLastSeenAtNanos <em>Last Seen At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Seen At Nanos</em>' attribute.
	 * @see #getLastSeenAtNanos()
	 * @generated
	 */
	void setLastSeenAtNanos(long value);

	/**
	 * Returns the value of the '<em><b>Snd Una</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snd Una</em>' attribute.
	 * @see #setSndUna(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_SndUna()
	 * @model
	 * @generated
	 */
	long getSndUna();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getSndUna <em>Snd Una</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snd Una</em>' attribute.
	 * @see #getSndUna()
	 * @generated
	 */
	void setSndUna(long value);

	/**
	 * Returns the value of the '<em><b>Snd Nxt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snd Nxt</em>' attribute.
	 * @see #setSndNxt(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_SndNxt()
	 * @model
	 * @generated
	 */
	long getSndNxt();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getSndNxt <em>Snd Nxt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snd Nxt</em>' attribute.
	 * @see #getSndNxt()
	 * @generated
	 */
	void setSndNxt(long value);

	/**
	 * Returns the value of the '<em><b>Rcv Nxt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rcv Nxt</em>' attribute.
	 * @see #setRcvNxt(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_RcvNxt()
	 * @model
	 * @generated
	 */
	long getRcvNxt();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getRcvNxt <em>Rcv Nxt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rcv Nxt</em>' attribute.
	 * @see #getRcvNxt()
	 * @generated
	 */
	void setRcvNxt(long value);

	/**
	 * Returns the value of the '<em><b>Snd Wnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snd Wnd</em>' attribute.
	 * @see #setSndWnd(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_SndWnd()
	 * @model
	 * @generated
	 */
	long getSndWnd();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getSndWnd <em>Snd Wnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snd Wnd</em>' attribute.
	 * @see #getSndWnd()
	 * @generated
	 */
	void setSndWnd(long value);

	/**
	 * Returns the value of the '<em><b>Rcv Wnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rcv Wnd</em>' attribute.
	 * @see #setRcvWnd(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_RcvWnd()
	 * @model
	 * @generated
	 */
	long getRcvWnd();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getRcvWnd <em>Rcv Wnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rcv Wnd</em>' attribute.
	 * @see #getRcvWnd()
	 * @generated
	 */
	void setRcvWnd(long value);

	/**
	 * Returns the value of the '<em><b>Mss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mss</em>' attribute.
	 * @see #setMss(int)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_Mss()
	 * @model
	 * @generated
	 */
	int getMss();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getMss <em>Mss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mss</em>' attribute.
	 * @see #getMss()
	 * @generated
	 */
	void setMss(int value);

	/**
	 * Returns the value of the '<em><b>Window Scaling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Window Scaling</em>' attribute.
	 * @see #setWindowScaling(boolean)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_WindowScaling()
	 * @model
	 * @generated
	 */
	boolean isWindowScaling();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#isWindowScaling <em>Window Scaling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Scaling</em>' attribute.
	 * @see #isWindowScaling()
	 * @generated
	 */
	void setWindowScaling(boolean value);

	/**
	 * Returns the value of the '<em><b>Snd Wscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snd Wscale</em>' attribute.
	 * @see #setSndWscale(int)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_SndWscale()
	 * @model
	 * @generated
	 */
	int getSndWscale();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getSndWscale <em>Snd Wscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snd Wscale</em>' attribute.
	 * @see #getSndWscale()
	 * @generated
	 */
	void setSndWscale(int value);

	/**
	 * Returns the value of the '<em><b>Rcv Wscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rcv Wscale</em>' attribute.
	 * @see #setRcvWscale(int)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_RcvWscale()
	 * @model
	 * @generated
	 */
	int getRcvWscale();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getRcvWscale <em>Rcv Wscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rcv Wscale</em>' attribute.
	 * @see #getRcvWscale()
	 * @generated
	 */
	void setRcvWscale(int value);

	/**
	 * Returns the value of the '<em><b>Sack</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sack</em>' attribute.
	 * @see #setSack(boolean)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_Sack()
	 * @model
	 * @generated
	 */
	boolean isSack();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#isSack <em>Sack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sack</em>' attribute.
	 * @see #isSack()
	 * @generated
	 */
	void setSack(boolean value);

	/**
	 * Returns the value of the '<em><b>Timestamps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timestamps</em>' attribute.
	 * @see #setTimestamps(boolean)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_Timestamps()
	 * @model
	 * @generated
	 */
	boolean isTimestamps();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#isTimestamps <em>Timestamps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timestamps</em>' attribute.
	 * @see #isTimestamps()
	 * @generated
	 */
	void setTimestamps(boolean value);

	/**
	 * Returns the value of the '<em><b>Cwnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cwnd</em>' attribute.
	 * @see #setCwnd(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_Cwnd()
	 * @model
	 * @generated
	 */
	long getCwnd();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getCwnd <em>Cwnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cwnd</em>' attribute.
	 * @see #getCwnd()
	 * @generated
	 */
	void setCwnd(long value);

	/**
	 * Returns the value of the '<em><b>Ssthresh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ssthresh</em>' attribute.
	 * @see #setSsthresh(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_Ssthresh()
	 * @model
	 * @generated
	 */
	long getSsthresh();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getSsthresh <em>Ssthresh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ssthresh</em>' attribute.
	 * @see #getSsthresh()
	 * @generated
	 */
	void setSsthresh(long value);

	/**
	 * Returns the value of the '<em><b>Srtt Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Srtt Nanos</em>' attribute.
	 * @see #setSrttNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_SrttNanos()
	 * @model
	 * @generated
	 */
	long getSrttNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getSrttNanos <em>Srtt Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Srtt Nanos</em>' attribute.
	 * @see #getSrttNanos()
	 * @generated
	 */
	void setSrttNanos(long value);

	/**
	 * Returns the value of the '<em><b>Rto Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rto Nanos</em>' attribute.
	 * @see #setRtoNanos(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_RtoNanos()
	 * @model
	 * @generated
	 */
	long getRtoNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getRtoNanos <em>Rto Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rto Nanos</em>' attribute.
	 * @see #getRtoNanos()
	 * @generated
	 */
	void setRtoNanos(long value);

	/**
	 * Returns the value of the '<em><b>Bytes In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes In</em>' attribute.
	 * @see #setBytesIn(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_BytesIn()
	 * @model
	 * @generated
	 */
	long getBytesIn();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getBytesIn <em>Bytes In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes In</em>' attribute.
	 * @see #getBytesIn()
	 * @generated
	 */
	void setBytesIn(long value);

	/**
	 * Returns the value of the '<em><b>Bytes Out</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bytes Out</em>' attribute.
	 * @see #setBytesOut(long)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_BytesOut()
	 * @model
	 * @generated
	 */
	long getBytesOut();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getBytesOut <em>Bytes Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bytes Out</em>' attribute.
	 * @see #getBytesOut()
	 * @generated
	 */
	void setBytesOut(long value);

	/**
	 * Returns the value of the '<em><b>State Times Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * State history, parallel to states: when each state was first seen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State Times Nanos</em>' attribute.
	 * @see #setStateTimesNanos(LongArray)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_StateTimesNanos()
	 * @model dataType="org.offloadlab.model.LongArray"
	 * @generated
	 */
	LongArray getStateTimesNanos();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getStateTimesNanos <em>State Times Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Times Nanos</em>' attribute.
	 * @see #getStateTimesNanos()
	 * @generated
	 */
	void setStateTimesNanos(LongArray value);

	/**
	 * Returns the value of the '<em><b>States</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * State history: ordinals of org.offloadlab.tcp.State, parallel to stateTimesNanos.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>States</em>' attribute.
	 * @see #setStates(IntArray)
	 * @see org.offloadlab.model.OffloadPackage#getConnectionRecord_States()
	 * @model dataType="org.offloadlab.model.IntArray"
	 * @generated
	 */
	IntArray getStates();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.ConnectionRecord#getStates <em>States</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>States</em>' attribute.
	 * @see #getStates()
	 * @generated
	 */
	void setStates(IntArray value);

} // ConnectionRecord
