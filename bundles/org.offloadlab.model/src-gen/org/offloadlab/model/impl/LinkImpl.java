/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.offloadlab.model.Adapter;
import org.offloadlab.model.Link;
import org.offloadlab.model.OffloadPackage;
import org.offloadlab.model.Peer;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.LinkImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.LinkImpl#getAdapter <em>Adapter</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.LinkImpl#getPeer <em>Peer</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.LinkImpl#getDelayMicros <em>Delay Micros</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.LinkImpl#getBandwidthBitsPerSecond <em>Bandwidth Bits Per Second</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.LinkImpl#getLossRate <em>Loss Rate</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.LinkImpl#getQueuePackets <em>Queue Packets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LinkImpl extends MinimalEObjectImpl.Container implements Link {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAdapter() <em>Adapter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdapter()
	 * @generated
	 * @ordered
	 */
	protected Adapter adapter;

	/**
	 * The cached value of the '{@link #getPeer() <em>Peer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeer()
	 * @generated
	 * @ordered
	 */
	protected Peer peer;

	/**
	 * The default value of the '{@link #getDelayMicros() <em>Delay Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelayMicros()
	 * @generated
	 * @ordered
	 */
	protected static final long DELAY_MICROS_EDEFAULT = 1000L;

	/**
	 * The cached value of the '{@link #getDelayMicros() <em>Delay Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelayMicros()
	 * @generated
	 * @ordered
	 */
	protected long delayMicros = DELAY_MICROS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBandwidthBitsPerSecond() <em>Bandwidth Bits Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthBitsPerSecond()
	 * @generated
	 * @ordered
	 */
	protected static final long BANDWIDTH_BITS_PER_SECOND_EDEFAULT = 1000000000L;

	/**
	 * The cached value of the '{@link #getBandwidthBitsPerSecond() <em>Bandwidth Bits Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthBitsPerSecond()
	 * @generated
	 * @ordered
	 */
	protected long bandwidthBitsPerSecond = BANDWIDTH_BITS_PER_SECOND_EDEFAULT;

	/**
	 * The default value of the '{@link #getLossRate() <em>Loss Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LOSS_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLossRate() <em>Loss Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossRate()
	 * @generated
	 * @ordered
	 */
	protected double lossRate = LOSS_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getQueuePackets() <em>Queue Packets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueuePackets()
	 * @generated
	 * @ordered
	 */
	protected static final int QUEUE_PACKETS_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getQueuePackets() <em>Queue Packets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueuePackets()
	 * @generated
	 * @ordered
	 */
	protected int queuePackets = QUEUE_PACKETS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.LINK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Adapter getAdapter() {
		if (adapter != null && adapter.eIsProxy()) {
			InternalEObject oldAdapter = (InternalEObject)adapter;
			adapter = (Adapter)eResolveProxy(oldAdapter);
			if (adapter != oldAdapter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OffloadPackage.LINK__ADAPTER, oldAdapter, adapter));
			}
		}
		return adapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Adapter basicGetAdapter() {
		return adapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdapter(Adapter newAdapter) {
		Adapter oldAdapter = adapter;
		adapter = newAdapter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.LINK__ADAPTER, oldAdapter, adapter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Peer getPeer() {
		if (peer != null && peer.eIsProxy()) {
			InternalEObject oldPeer = (InternalEObject)peer;
			peer = (Peer)eResolveProxy(oldPeer);
			if (peer != oldPeer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OffloadPackage.LINK__PEER, oldPeer, peer));
			}
		}
		return peer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Peer basicGetPeer() {
		return peer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeer(Peer newPeer) {
		Peer oldPeer = peer;
		peer = newPeer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.LINK__PEER, oldPeer, peer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDelayMicros() {
		return delayMicros;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelayMicros(long newDelayMicros) {
		long oldDelayMicros = delayMicros;
		delayMicros = newDelayMicros;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.LINK__DELAY_MICROS, oldDelayMicros, delayMicros));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBandwidthBitsPerSecond() {
		return bandwidthBitsPerSecond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBandwidthBitsPerSecond(long newBandwidthBitsPerSecond) {
		long oldBandwidthBitsPerSecond = bandwidthBitsPerSecond;
		bandwidthBitsPerSecond = newBandwidthBitsPerSecond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.LINK__BANDWIDTH_BITS_PER_SECOND, oldBandwidthBitsPerSecond, bandwidthBitsPerSecond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLossRate() {
		return lossRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLossRate(double newLossRate) {
		double oldLossRate = lossRate;
		lossRate = newLossRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.LINK__LOSS_RATE, oldLossRate, lossRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQueuePackets() {
		return queuePackets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueuePackets(int newQueuePackets) {
		int oldQueuePackets = queuePackets;
		queuePackets = newQueuePackets;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.LINK__QUEUE_PACKETS, oldQueuePackets, queuePackets));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.LINK__NAME:
				return getName();
			case OffloadPackage.LINK__ADAPTER:
				if (resolve) return getAdapter();
				return basicGetAdapter();
			case OffloadPackage.LINK__PEER:
				if (resolve) return getPeer();
				return basicGetPeer();
			case OffloadPackage.LINK__DELAY_MICROS:
				return getDelayMicros();
			case OffloadPackage.LINK__BANDWIDTH_BITS_PER_SECOND:
				return getBandwidthBitsPerSecond();
			case OffloadPackage.LINK__LOSS_RATE:
				return getLossRate();
			case OffloadPackage.LINK__QUEUE_PACKETS:
				return getQueuePackets();
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
			case OffloadPackage.LINK__NAME:
				setName((String)newValue);
				return;
			case OffloadPackage.LINK__ADAPTER:
				setAdapter((Adapter)newValue);
				return;
			case OffloadPackage.LINK__PEER:
				setPeer((Peer)newValue);
				return;
			case OffloadPackage.LINK__DELAY_MICROS:
				setDelayMicros((Long)newValue);
				return;
			case OffloadPackage.LINK__BANDWIDTH_BITS_PER_SECOND:
				setBandwidthBitsPerSecond((Long)newValue);
				return;
			case OffloadPackage.LINK__LOSS_RATE:
				setLossRate((Double)newValue);
				return;
			case OffloadPackage.LINK__QUEUE_PACKETS:
				setQueuePackets((Integer)newValue);
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
			case OffloadPackage.LINK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OffloadPackage.LINK__ADAPTER:
				setAdapter((Adapter)null);
				return;
			case OffloadPackage.LINK__PEER:
				setPeer((Peer)null);
				return;
			case OffloadPackage.LINK__DELAY_MICROS:
				setDelayMicros(DELAY_MICROS_EDEFAULT);
				return;
			case OffloadPackage.LINK__BANDWIDTH_BITS_PER_SECOND:
				setBandwidthBitsPerSecond(BANDWIDTH_BITS_PER_SECOND_EDEFAULT);
				return;
			case OffloadPackage.LINK__LOSS_RATE:
				setLossRate(LOSS_RATE_EDEFAULT);
				return;
			case OffloadPackage.LINK__QUEUE_PACKETS:
				setQueuePackets(QUEUE_PACKETS_EDEFAULT);
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
			case OffloadPackage.LINK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OffloadPackage.LINK__ADAPTER:
				return adapter != null;
			case OffloadPackage.LINK__PEER:
				return peer != null;
			case OffloadPackage.LINK__DELAY_MICROS:
				return delayMicros != DELAY_MICROS_EDEFAULT;
			case OffloadPackage.LINK__BANDWIDTH_BITS_PER_SECOND:
				return bandwidthBitsPerSecond != BANDWIDTH_BITS_PER_SECOND_EDEFAULT;
			case OffloadPackage.LINK__LOSS_RATE:
				return lossRate != LOSS_RATE_EDEFAULT;
			case OffloadPackage.LINK__QUEUE_PACKETS:
				return queuePackets != QUEUE_PACKETS_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", delayMicros: ");
		result.append(delayMicros);
		result.append(", bandwidthBitsPerSecond: ");
		result.append(bandwidthBitsPerSecond);
		result.append(", lossRate: ");
		result.append(lossRate);
		result.append(", queuePackets: ");
		result.append(queuePackets);
		result.append(')');
		return result.toString();
	}

} //LinkImpl
