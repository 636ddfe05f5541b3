/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.offloadlab.model.ConnectionRecord;
import org.offloadlab.model.IntArray;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.OffloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Connection Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getLocalAddress <em>Local Address</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getLocalPort <em>Local Port</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getRemoteAddress <em>Remote Address</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getRemotePort <em>Remote Port</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getAdapter <em>Adapter</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getBufferGroup <em>Buffer Group</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getTcpState <em>Tcp State</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getOpenedAtNanos <em>Opened At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getLastSeenAtNanos <em>Last Seen At Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getSndUna <em>Snd Una</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getSndNxt <em>Snd Nxt</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getRcvNxt <em>Rcv Nxt</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getSndWnd <em>Snd Wnd</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getRcvWnd <em>Rcv Wnd</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getMss <em>Mss</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#isWindowScaling <em>Window Scaling</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getSndWscale <em>Snd Wscale</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getRcvWscale <em>Rcv Wscale</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#isSack <em>Sack</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#isTimestamps <em>Timestamps</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getCwnd <em>Cwnd</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getSsthresh <em>Ssthresh</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getSrttNanos <em>Srtt Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getRtoNanos <em>Rto Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getBytesIn <em>Bytes In</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getBytesOut <em>Bytes Out</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getStateTimesNanos <em>State Times Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.ConnectionRecordImpl#getStates <em>States</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConnectionRecordImpl extends MinimalEObjectImpl.Container implements ConnectionRecord {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final int ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected int id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalAddress() <em>Local Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalAddress()
	 * @generated
	 * @ordered
	 */
	protected static final int LOCAL_ADDRESS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLocalAddress() <em>Local Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalAddress()
	 * @generated
	 * @ordered
	 */
	protected int localAddress = LOCAL_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalPort() <em>Local Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalPort()
	 * @generated
	 * @ordered
	 */
	protected static final int LOCAL_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLocalPort() <em>Local Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalPort()
	 * @generated
	 * @ordered
	 */
	protected int localPort = LOCAL_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemoteAddress() <em>Remote Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteAddress()
	 * @generated
	 * @ordered
	 */
	protected static final int REMOTE_ADDRESS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRemoteAddress() <em>Remote Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteAddress()
	 * @generated
	 * @ordered
	 */
	protected int remoteAddress = REMOTE_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemotePort() <em>Remote Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemotePort()
	 * @generated
	 * @ordered
	 */
	protected static final int REMOTE_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRemotePort() <em>Remote Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemotePort()
	 * @generated
	 * @ordered
	 */
	protected int remotePort = REMOTE_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdapter() <em>Adapter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdapter()
	 * @generated
	 * @ordered
	 */
	protected static final String ADAPTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdapter() <em>Adapter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdapter()
	 * @generated
	 * @ordered
	 */
	protected String adapter = ADAPTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBufferGroup() <em>Buffer Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBufferGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String BUFFER_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBufferGroup() <em>Buffer Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBufferGroup()
	 * @generated
	 * @ordered
	 */
	protected String bufferGroup = BUFFER_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getTcpState() <em>Tcp State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTcpState()
	 * @generated
	 * @ordered
	 */
	protected static final String TCP_STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTcpState() <em>Tcp State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTcpState()
	 * @generated
	 * @ordered
	 */
	protected String tcpState = TCP_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenedAtNanos() <em>Opened At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedAtNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long OPENED_AT_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getOpenedAtNanos() <em>Opened At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedAtNanos()
	 * @generated
	 * @ordered
	 */
	protected long openedAtNanos = OPENED_AT_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastSeenAtNanos() <em>Last Seen At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSeenAtNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long LAST_SEEN_AT_NANOS_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getLastSeenAtNanos() <em>Last Seen At Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastSeenAtNanos()
	 * @generated
	 * @ordered
	 */
	protected long lastSeenAtNanos = LAST_SEEN_AT_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSndUna() <em>Snd Una</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndUna()
	 * @generated
	 * @ordered
	 */
	protected static final long SND_UNA_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSndUna() <em>Snd Una</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndUna()
	 * @generated
	 * @ordered
	 */
	protected long sndUna = SND_UNA_EDEFAULT;

	/**
	 * The default value of the '{@link #getSndNxt() <em>Snd Nxt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndNxt()
	 * @generated
	 * @ordered
	 */
	protected static final long SND_NXT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSndNxt() <em>Snd Nxt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndNxt()
	 * @generated
	 * @ordered
	 */
	protected long sndNxt = SND_NXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRcvNxt() <em>Rcv Nxt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcvNxt()
	 * @generated
	 * @ordered
	 */
	protected static final long RCV_NXT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRcvNxt() <em>Rcv Nxt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcvNxt()
	 * @generated
	 * @ordered
	 */
	protected long rcvNxt = RCV_NXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSndWnd() <em>Snd Wnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndWnd()
	 * @generated
	 * @ordered
	 */
	protected static final long SND_WND_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSndWnd() <em>Snd Wnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndWnd()
	 * @generated
	 * @ordered
	 */
	protected long sndWnd = SND_WND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRcvWnd() <em>Rcv Wnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcvWnd()
	 * @generated
	 * @ordered
	 */
	protected static final long RCV_WND_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRcvWnd() <em>Rcv Wnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcvWnd()
	 * @generated
	 * @ordered
	 */
	protected long rcvWnd = RCV_WND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMss() <em>Mss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMss()
	 * @generated
	 * @ordered
	 */
	protected static final int MSS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMss() <em>Mss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMss()
	 * @generated
	 * @ordered
	 */
	protected int mss = MSS_EDEFAULT;

	/**
	 * The default value of the '{@link #isWindowScaling() <em>Window Scaling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWindowScaling()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WINDOW_SCALING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWindowScaling() <em>Window Scaling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWindowScaling()
	 * @generated
	 * @ordered
	 */
	protected boolean windowScaling = WINDOW_SCALING_EDEFAULT;

	/**
	 * The default value of the '{@link #getSndWscale() <em>Snd Wscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndWscale()
	 * @generated
	 * @ordered
	 */
	protected static final int SND_WSCALE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSndWscale() <em>Snd Wscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndWscale()
	 * @generated
	 * @ordered
	 */
	protected int sndWscale = SND_WSCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRcvWscale() <em>Rcv Wscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcvWscale()
	 * @generated
	 * @ordered
	 */
	protected static final int RCV_WSCALE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRcvWscale() <em>Rcv Wscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcvWscale()
	 * @generated
	 * @ordered
	 */
	protected int rcvWscale = RCV_WSCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSack() <em>Sack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSack()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SACK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSack() <em>Sack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSack()
	 * @generated
	 * @ordered
	 */
	protected boolean sack = SACK_EDEFAULT;

	/**
	 * The default value of the '{@link #isTimestamps() <em>Timestamps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTimestamps()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TIMESTAMPS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTimestamps() <em>Timestamps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTimestamps()
	 * @generated
	 * @ordered
	 */
	protected boolean timestamps = TIMESTAMPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCwnd() <em>Cwnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCwnd()
	 * @generated
	 * @ordered
	 */
	protected static final long CWND_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCwnd() <em>Cwnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCwnd()
	 * @generated
	 * @ordered
	 */
	protected long cwnd = CWND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSsthresh() <em>Ssthresh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSsthresh()
	 * @generated
	 * @ordered
	 */
	protected static final long SSTHRESH_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSsthresh() <em>Ssthresh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSsthresh()
	 * @generated
	 * @ordered
	 */
	protected long ssthresh = SSTHRESH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSrttNanos() <em>Srtt Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSrttNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long SRTT_NANOS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSrttNanos() <em>Srtt Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSrttNanos()
	 * @generated
	 * @ordered
	 */
	protected long srttNanos = SRTT_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRtoNanos() <em>Rto Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRtoNanos()
	 * @generated
	 * @ordered
	 */
	protected static final long RTO_NANOS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRtoNanos() <em>Rto Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRtoNanos()
	 * @generated
	 * @ordered
	 */
	protected long rtoNanos = RTO_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytesIn() <em>Bytes In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesIn()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_IN_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytesIn() <em>Bytes In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesIn()
	 * @generated
	 * @ordered
	 */
	protected long bytesIn = BYTES_IN_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytesOut() <em>Bytes Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesOut()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_OUT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytesOut() <em>Bytes Out</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesOut()
	 * @generated
	 * @ordered
	 */
	protected long bytesOut = BYTES_OUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStateTimesNanos() <em>State Times Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateTimesNanos()
	 * @generated
	 * @ordered
	 */
	protected static final LongArray STATE_TIMES_NANOS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStateTimesNanos() <em>State Times Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStateTimesNanos()
	 * @generated
	 * @ordered
	 */
	protected LongArray stateTimesNanos = STATE_TIMES_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStates() <em>States</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStates()
	 * @generated
	 * @ordered
	 */
	protected static final IntArray STATES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStates() <em>States</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStates()
	 * @generated
	 * @ordered
	 */
	protected IntArray states = STATES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConnectionRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.CONNECTION_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(int newId) {
		int oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLocalAddress() {
		return localAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalAddress(int newLocalAddress) {
		int oldLocalAddress = localAddress;
		localAddress = newLocalAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__LOCAL_ADDRESS, oldLocalAddress, localAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLocalPort() {
		return localPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalPort(int newLocalPort) {
		int oldLocalPort = localPort;
		localPort = newLocalPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__LOCAL_PORT, oldLocalPort, localPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRemoteAddress() {
		return remoteAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteAddress(int newRemoteAddress) {
		int oldRemoteAddress = remoteAddress;
		remoteAddress = newRemoteAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__REMOTE_ADDRESS, oldRemoteAddress, remoteAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRemotePort() {
		return remotePort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemotePort(int newRemotePort) {
		int oldRemotePort = remotePort;
		remotePort = newRemotePort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__REMOTE_PORT, oldRemotePort, remotePort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdapter() {
		return adapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdapter(String newAdapter) {
		String oldAdapter = adapter;
		adapter = newAdapter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__ADAPTER, oldAdapter, adapter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBufferGroup() {
		return bufferGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBufferGroup(String newBufferGroup) {
		String oldBufferGroup = bufferGroup;
		bufferGroup = newBufferGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__BUFFER_GROUP, oldBufferGroup, bufferGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTcpState() {
		return tcpState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTcpState(String newTcpState) {
		String oldTcpState = tcpState;
		tcpState = newTcpState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__TCP_STATE, oldTcpState, tcpState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOpenedAtNanos() {
		return openedAtNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedAtNanos(long newOpenedAtNanos) {
		long oldOpenedAtNanos = openedAtNanos;
		openedAtNanos = newOpenedAtNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__OPENED_AT_NANOS, oldOpenedAtNanos, openedAtNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLastSeenAtNanos() {
		return lastSeenAtNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastSeenAtNanos(long newLastSeenAtNanos) {
		long oldLastSeenAtNanos = lastSeenAtNanos;
		lastSeenAtNanos = newLastSeenAtNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__LAST_SEEN_AT_NANOS, oldLastSeenAtNanos, lastSeenAtNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSndUna() {
		return sndUna;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSndUna(long newSndUna) {
		long oldSndUna = sndUna;
		sndUna = newSndUna;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__SND_UNA, oldSndUna, sndUna));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSndNxt() {
		return sndNxt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSndNxt(long newSndNxt) {
		long oldSndNxt = sndNxt;
		sndNxt = newSndNxt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__SND_NXT, oldSndNxt, sndNxt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRcvNxt() {
		return rcvNxt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRcvNxt(long newRcvNxt) {
		long oldRcvNxt = rcvNxt;
		rcvNxt = newRcvNxt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__RCV_NXT, oldRcvNxt, rcvNxt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSndWnd() {
		return sndWnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSndWnd(long newSndWnd) {
		long oldSndWnd = sndWnd;
		sndWnd = newSndWnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__SND_WND, oldSndWnd, sndWnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRcvWnd() {
		return rcvWnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRcvWnd(long newRcvWnd) {
		long oldRcvWnd = rcvWnd;
		rcvWnd = newRcvWnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__RCV_WND, oldRcvWnd, rcvWnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMss() {
		return mss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMss(int newMss) {
		int oldMss = mss;
		mss = newMss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__MSS, oldMss, mss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWindowScaling() {
		return windowScaling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowScaling(boolean newWindowScaling) {
		boolean oldWindowScaling = windowScaling;
		windowScaling = newWindowScaling;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__WINDOW_SCALING, oldWindowScaling, windowScaling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSndWscale() {
		return sndWscale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSndWscale(int newSndWscale) {
		int oldSndWscale = sndWscale;
		sndWscale = newSndWscale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__SND_WSCALE, oldSndWscale, sndWscale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRcvWscale() {
		return rcvWscale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRcvWscale(int newRcvWscale) {
		int oldRcvWscale = rcvWscale;
		rcvWscale = newRcvWscale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__RCV_WSCALE, oldRcvWscale, rcvWscale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSack() {
		return sack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSack(boolean newSack) {
		boolean oldSack = sack;
		sack = newSack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__SACK, oldSack, sack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTimestamps() {
		return timestamps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimestamps(boolean newTimestamps) {
		boolean oldTimestamps = timestamps;
		timestamps = newTimestamps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__TIMESTAMPS, oldTimestamps, timestamps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCwnd() {
		return cwnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCwnd(long newCwnd) {
		long oldCwnd = cwnd;
		cwnd = newCwnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__CWND, oldCwnd, cwnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSsthresh() {
		return ssthresh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSsthresh(long newSsthresh) {
		long oldSsthresh = ssthresh;
		ssthresh = newSsthresh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__SSTHRESH, oldSsthresh, ssthresh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSrttNanos() {
		return srttNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSrttNanos(long newSrttNanos) {
		long oldSrttNanos = srttNanos;
		srttNanos = newSrttNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__SRTT_NANOS, oldSrttNanos, srttNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRtoNanos() {
		return rtoNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRtoNanos(long newRtoNanos) {
		long oldRtoNanos = rtoNanos;
		rtoNanos = newRtoNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__RTO_NANOS, oldRtoNanos, rtoNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesIn() {
		return bytesIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesIn(long newBytesIn) {
		long oldBytesIn = bytesIn;
		bytesIn = newBytesIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__BYTES_IN, oldBytesIn, bytesIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesOut() {
		return bytesOut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesOut(long newBytesOut) {
		long oldBytesOut = bytesOut;
		bytesOut = newBytesOut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__BYTES_OUT, oldBytesOut, bytesOut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LongArray getStateTimesNanos() {
		return stateTimesNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStateTimesNanos(LongArray newStateTimesNanos) {
		LongArray oldStateTimesNanos = stateTimesNanos;
		stateTimesNanos = newStateTimesNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__STATE_TIMES_NANOS, oldStateTimesNanos, stateTimesNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntArray getStates() {
		return states;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStates(IntArray newStates) {
		IntArray oldStates = states;
		states = newStates;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.CONNECTION_RECORD__STATES, oldStates, states));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.CONNECTION_RECORD__ID:
				return getId();
			case OffloadPackage.CONNECTION_RECORD__LOCAL_ADDRESS:
				return getLocalAddress();
			case OffloadPackage.CONNECTION_RECORD__LOCAL_PORT:
				return getLocalPort();
			case OffloadPackage.CONNECTION_RECORD__REMOTE_ADDRESS:
				return getRemoteAddress();
			case OffloadPackage.CONNECTION_RECORD__REMOTE_PORT:
				return getRemotePort();
			case OffloadPackage.CONNECTION_RECORD__ADAPTER:
				return getAdapter();
			case OffloadPackage.CONNECTION_RECORD__BUFFER_GROUP:
				return getBufferGroup();
			case OffloadPackage.CONNECTION_RECORD__TCP_STATE:
				return getTcpState();
			case OffloadPackage.CONNECTION_RECORD__OPENED_AT_NANOS:
				return getOpenedAtNanos();
			case OffloadPackage.CONNECTION_RECORD__LAST_SEEN_AT_NANOS:
				return getLastSeenAtNanos();
			case OffloadPackage.CONNECTION_RECORD__SND_UNA:
				return getSndUna();
			case OffloadPackage.CONNECTION_RECORD__SND_NXT:
				return getSndNxt();
			case OffloadPackage.CONNECTION_RECORD__RCV_NXT:
				return getRcvNxt();
			case OffloadPackage.CONNECTION_RECORD__SND_WND:
				return getSndWnd();
			case OffloadPackage.CONNECTION_RECORD__RCV_WND:
				return getRcvWnd();
			case OffloadPackage.CONNECTION_RECORD__MSS:
				return getMss();
			case OffloadPackage.CONNECTION_RECORD__WINDOW_SCALING:
				return isWindowScaling();
			case OffloadPackage.CONNECTION_RECORD__SND_WSCALE:
				return getSndWscale();
			case OffloadPackage.CONNECTION_RECORD__RCV_WSCALE:
				return getRcvWscale();
			case OffloadPackage.CONNECTION_RECORD__SACK:
				return isSack();
			case OffloadPackage.CONNECTION_RECORD__TIMESTAMPS:
				return isTimestamps();
			case OffloadPackage.CONNECTION_RECORD__CWND:
				return getCwnd();
			case OffloadPackage.CONNECTION_RECORD__SSTHRESH:
				return getSsthresh();
			case OffloadPackage.CONNECTION_RECORD__SRTT_NANOS:
				return getSrttNanos();
			case OffloadPackage.CONNECTION_RECORD__RTO_NANOS:
				return getRtoNanos();
			case OffloadPackage.CONNECTION_RECORD__BYTES_IN:
				return getBytesIn();
			case OffloadPackage.CONNECTION_RECORD__BYTES_OUT:
				return getBytesOut();
			case OffloadPackage.CONNECTION_RECORD__STATE_TIMES_NANOS:
				return getStateTimesNanos();
			case OffloadPackage.CONNECTION_RECORD__STATES:
				return getStates();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OffloadPackage.CONNECTION_RECORD__ID:
				setId((Integer)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__LOCAL_ADDRESS:
				setLocalAddress((Integer)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__LOCAL_PORT:
				setLocalPort((Integer)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__REMOTE_ADDRESS:
				setRemoteAddress((Integer)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__REMOTE_PORT:
				setRemotePort((Integer)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__ADAPTER:
				setAdapter((String)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__BUFFER_GROUP:
				setBufferGroup((String)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__TCP_STATE:
				setTcpState((String)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__OPENED_AT_NANOS:
				setOpenedAtNanos((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__LAST_SEEN_AT_NANOS:
				setLastSeenAtNanos((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__SND_UNA:
				setSndUna((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__SND_NXT:
				setSndNxt((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__RCV_NXT:
				setRcvNxt((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__SND_WND:
				setSndWnd((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__RCV_WND:
				setRcvWnd((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__MSS:
				setMss((Integer)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__WINDOW_SCALING:
				setWindowScaling((Boolean)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__SND_WSCALE:
				setSndWscale((Integer)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__RCV_WSCALE:
				setRcvWscale((Integer)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__SACK:
				setSack((Boolean)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__TIMESTAMPS:
				setTimestamps((Boolean)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__CWND:
				setCwnd((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__SSTHRESH:
				setSsthresh((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__SRTT_NANOS:
				setSrttNanos((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__RTO_NANOS:
				setRtoNanos((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__BYTES_IN:
				setBytesIn((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__BYTES_OUT:
				setBytesOut((Long)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__STATE_TIMES_NANOS:
				setStateTimesNanos((LongArray)newValue);
				return;
			case OffloadPackage.CONNECTION_RECORD__STATES:
				setStates((IntArray)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OffloadPackage.CONNECTION_RECORD__ID:
				setId(ID_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__LOCAL_ADDRESS:
				setLocalAddress(LOCAL_ADDRESS_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__LOCAL_PORT:
				setLocalPort(LOCAL_PORT_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__REMOTE_ADDRESS:
				setRemoteAddress(REMOTE_ADDRESS_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__REMOTE_PORT:
				setRemotePort(REMOTE_PORT_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__ADAPTER:
				setAdapter(ADAPTER_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__BUFFER_GROUP:
				setBufferGroup(BUFFER_GROUP_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__TCP_STATE:
				setTcpState(TCP_STATE_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__OPENED_AT_NANOS:
				setOpenedAtNanos(OPENED_AT_NANOS_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__LAST_SEEN_AT_NANOS:
				setLastSeenAtNanos(LAST_SEEN_AT_NANOS_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__SND_UNA:
				setSndUna(SND_UNA_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__SND_NXT:
				setSndNxt(SND_NXT_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__RCV_NXT:
				setRcvNxt(RCV_NXT_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__SND_WND:
				setSndWnd(SND_WND_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__RCV_WND:
				setRcvWnd(RCV_WND_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__MSS:
				setMss(MSS_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__WINDOW_SCALING:
				setWindowScaling(WINDOW_SCALING_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__SND_WSCALE:
				setSndWscale(SND_WSCALE_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__RCV_WSCALE:
				setRcvWscale(RCV_WSCALE_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__SACK:
				setSack(SACK_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__TIMESTAMPS:
				setTimestamps(TIMESTAMPS_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__CWND:
				setCwnd(CWND_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__SSTHRESH:
				setSsthresh(SSTHRESH_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__SRTT_NANOS:
				setSrttNanos(SRTT_NANOS_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__RTO_NANOS:
				setRtoNanos(RTO_NANOS_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__BYTES_IN:
				setBytesIn(BYTES_IN_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__BYTES_OUT:
				setBytesOut(BYTES_OUT_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__STATE_TIMES_NANOS:
				setStateTimesNanos(STATE_TIMES_NANOS_EDEFAULT);
				return;
			case OffloadPackage.CONNECTION_RECORD__STATES:
				setStates(STATES_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OffloadPackage.CONNECTION_RECORD__ID:
				return id != ID_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__LOCAL_ADDRESS:
				return localAddress != LOCAL_ADDRESS_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__LOCAL_PORT:
				return localPort != LOCAL_PORT_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__REMOTE_ADDRESS:
				return remoteAddress != REMOTE_ADDRESS_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__REMOTE_PORT:
				return remotePort != REMOTE_PORT_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__ADAPTER:
				return ADAPTER_EDEFAULT == null ? adapter != null : !ADAPTER_EDEFAULT.equals(adapter);
			case OffloadPackage.CONNECTION_RECORD__BUFFER_GROUP:
				return BUFFER_GROUP_EDEFAULT == null ? bufferGroup != null : !BUFFER_GROUP_EDEFAULT.equals(bufferGroup);
			case OffloadPackage.CONNECTION_RECORD__TCP_STATE:
				return TCP_STATE_EDEFAULT == null ? tcpState != null : !TCP_STATE_EDEFAULT.equals(tcpState);
			case OffloadPackage.CONNECTION_RECORD__OPENED_AT_NANOS:
				return openedAtNanos != OPENED_AT_NANOS_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__LAST_SEEN_AT_NANOS:
				return lastSeenAtNanos != LAST_SEEN_AT_NANOS_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__SND_UNA:
				return sndUna != SND_UNA_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__SND_NXT:
				return sndNxt != SND_NXT_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__RCV_NXT:
				return rcvNxt != RCV_NXT_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__SND_WND:
				return sndWnd != SND_WND_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__RCV_WND:
				return rcvWnd != RCV_WND_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__MSS:
				return mss != MSS_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__WINDOW_SCALING:
				return windowScaling != WINDOW_SCALING_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__SND_WSCALE:
				return sndWscale != SND_WSCALE_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__RCV_WSCALE:
				return rcvWscale != RCV_WSCALE_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__SACK:
				return sack != SACK_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__TIMESTAMPS:
				return timestamps != TIMESTAMPS_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__CWND:
				return cwnd != CWND_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__SSTHRESH:
				return ssthresh != SSTHRESH_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__SRTT_NANOS:
				return srttNanos != SRTT_NANOS_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__RTO_NANOS:
				return rtoNanos != RTO_NANOS_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__BYTES_IN:
				return bytesIn != BYTES_IN_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__BYTES_OUT:
				return bytesOut != BYTES_OUT_EDEFAULT;
			case OffloadPackage.CONNECTION_RECORD__STATE_TIMES_NANOS:
				return STATE_TIMES_NANOS_EDEFAULT == null ? stateTimesNanos != null : !STATE_TIMES_NANOS_EDEFAULT.equals(stateTimesNanos);
			case OffloadPackage.CONNECTION_RECORD__STATES:
				return STATES_EDEFAULT == null ? states != null : !STATES_EDEFAULT.equals(states);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", localAddress: ");
		result.append(localAddress);
		result.append(", localPort: ");
		result.append(localPort);
		result.append(", remoteAddress: ");
		result.append(remoteAddress);
		result.append(", remotePort: ");
		result.append(remotePort);
		result.append(", adapter: ");
		result.append(adapter);
		result.append(", bufferGroup: ");
		result.append(bufferGroup);
		result.append(", tcpState: ");
		result.append(tcpState);
		result.append(", openedAtNanos: ");
		result.append(openedAtNanos);
		result.append(", lastSeenAtNanos: ");
		result.append(lastSeenAtNanos);
		result.append(", sndUna: ");
		result.append(sndUna);
		result.append(", sndNxt: ");
		result.append(sndNxt);
		result.append(", rcvNxt: ");
		result.append(rcvNxt);
		result.append(", sndWnd: ");
		result.append(sndWnd);
		result.append(", rcvWnd: ");
		result.append(rcvWnd);
		result.append(", mss: ");
		result.append(mss);
		result.append(", windowScaling: ");
		result.append(windowScaling);
		result.append(", sndWscale: ");
		result.append(sndWscale);
		result.append(", rcvWscale: ");
		result.append(rcvWscale);
		result.append(", sack: ");
		result.append(sack);
		result.append(", timestamps: ");
		result.append(timestamps);
		result.append(", cwnd: ");
		result.append(cwnd);
		result.append(", ssthresh: ");
		result.append(ssthresh);
		result.append(", srttNanos: ");
		result.append(srttNanos);
		result.append(", rtoNanos: ");
		result.append(rtoNanos);
		result.append(", bytesIn: ");
		result.append(bytesIn);
		result.append(", bytesOut: ");
		result.append(bytesOut);
		result.append(", stateTimesNanos: ");
		result.append(stateTimesNanos);
		result.append(", states: ");
		result.append(states);
		result.append(')');
		return result.toString();
	}

} //ConnectionRecordImpl
