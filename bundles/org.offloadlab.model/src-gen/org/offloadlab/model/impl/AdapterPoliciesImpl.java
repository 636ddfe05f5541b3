/**
 */
package org.offloadlab.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.offloadlab.model.AdapterPolicies;
import org.offloadlab.model.BufferGroupPolicy;
import org.offloadlab.model.BufferGroupRule;
import org.offloadlab.model.NotificationKind;
import org.offloadlab.model.OffloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Adapter Policies</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.AdapterPoliciesImpl#getNotification <em>Notification</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterPoliciesImpl#getBatchCount <em>Batch Count</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterPoliciesImpl#getBatchTimeMicros <em>Batch Time Micros</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterPoliciesImpl#getAdaptiveMaxMicros <em>Adaptive Max Micros</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterPoliciesImpl#getInterruptCoalescingCount <em>Interrupt Coalescing Count</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterPoliciesImpl#getInterruptCoalescingMicros <em>Interrupt Coalescing Micros</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterPoliciesImpl#getBufferGroups <em>Buffer Groups</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterPoliciesImpl#getBufferGroupRules <em>Buffer Group Rules</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterPoliciesImpl#isDelayedDma <em>Delayed Dma</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterPoliciesImpl#getDmaBatchMicros <em>Dma Batch Micros</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterPoliciesImpl#isExpediteUrgent <em>Expedite Urgent</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.AdapterPoliciesImpl#getZeroCopyThresholdBytes <em>Zero Copy Threshold Bytes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdapterPoliciesImpl extends MinimalEObjectImpl.Container implements AdapterPolicies {
	/**
	 * The default value of the '{@link #getNotification() <em>Notification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotification()
	 * @generated
	 * @ordered
	 */
	protected static final NotificationKind NOTIFICATION_EDEFAULT = NotificationKind.PIECEMEAL;

	/**
	 * The cached value of the '{@link #getNotification() <em>Notification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotification()
	 * @generated
	 * @ordered
	 */
	protected NotificationKind notification = NOTIFICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchCount() <em>Batch Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchCount()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_COUNT_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getBatchCount() <em>Batch Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchCount()
	 * @generated
	 * @ordered
	 */
	protected int batchCount = BATCH_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchTimeMicros() <em>Batch Time Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchTimeMicros()
	 * @generated
	 * @ordered
	 */
	protected static final long BATCH_TIME_MICROS_EDEFAULT = 100L;

	/**
	 * The cached value of the '{@link #getBatchTimeMicros() <em>Batch Time Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchTimeMicros()
	 * @generated
	 * @ordered
	 */
	protected long batchTimeMicros = BATCH_TIME_MICROS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdaptiveMaxMicros() <em>Adaptive Max Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptiveMaxMicros()
	 * @generated
	 * @ordered
	 */
	protected static final long ADAPTIVE_MAX_MICROS_EDEFAULT = 500L;

	/**
	 * The cached value of the '{@link #getAdaptiveMaxMicros() <em>Adaptive Max Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptiveMaxMicros()
	 * @generated
	 * @ordered
	 */
	protected long adaptiveMaxMicros = ADAPTIVE_MAX_MICROS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterruptCoalescingCount() <em>Interrupt Coalescing Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptCoalescingCount()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERRUPT_COALESCING_COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getInterruptCoalescingCount() <em>Interrupt Coalescing Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptCoalescingCount()
	 * @generated
	 * @ordered
	 */
	protected int interruptCoalescingCount = INTERRUPT_COALESCING_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterruptCoalescingMicros() <em>Interrupt Coalescing Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptCoalescingMicros()
	 * @generated
	 * @ordered
	 */
	protected static final long INTERRUPT_COALESCING_MICROS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInterruptCoalescingMicros() <em>Interrupt Coalescing Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterruptCoalescingMicros()
	 * @generated
	 * @ordered
	 */
	protected long interruptCoalescingMicros = INTERRUPT_COALESCING_MICROS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBufferGroups() <em>Buffer Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBufferGroups()
	 * @generated
	 * @ordered
	 */
	protected static final BufferGroupPolicy BUFFER_GROUPS_EDEFAULT = BufferGroupPolicy.PER_CONNECTION;

	/**
	 * The cached value of the '{@link #getBufferGroups() <em>Buffer Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBufferGroups()
	 * @generated
	 * @ordered
	 */
	protected BufferGroupPolicy bufferGroups = BUFFER_GROUPS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBufferGroupRules() <em>Buffer Group Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBufferGroupRules()
	 * @generated
	 * @ordered
	 */
	protected EList<BufferGroupRule> bufferGroupRules;

	/**
	 * The default value of the '{@link #isDelayedDma() <em>Delayed Dma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDelayedDma()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DELAYED_DMA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDelayedDma() <em>Delayed Dma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDelayedDma()
	 * @generated
	 * @ordered
	 */
	protected boolean delayedDma = DELAYED_DMA_EDEFAULT;

	/**
	 * The default value of the '{@link #getDmaBatchMicros() <em>Dma Batch Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDmaBatchMicros()
	 * @generated
	 * @ordered
	 */
	protected static final long DMA_BATCH_MICROS_EDEFAULT = 50L;

	/**
	 * The cached value of the '{@link #getDmaBatchMicros() <em>Dma Batch Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDmaBatchMicros()
	 * @generated
	 * @ordered
	 */
	protected long dmaBatchMicros = DMA_BATCH_MICROS_EDEFAULT;

	/**
	 * The default value of the '{@link #isExpediteUrgent() <em>Expedite Urgent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExpediteUrgent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXPEDITE_URGENT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isExpediteUrgent() <em>Expedite Urgent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExpediteUrgent()
	 * @generated
	 * @ordered
	 */
	protected boolean expediteUrgent = EXPEDITE_URGENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getZeroCopyThresholdBytes() <em>Zero Copy Threshold Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZeroCopyThresholdBytes()
	 * @generated
	 * @ordered
	 */
	protected static final int ZERO_COPY_THRESHOLD_BYTES_EDEFAULT = 65536;

	/**
	 * The cached value of the '{@link #getZeroCopyThresholdBytes() <em>Zero Copy Threshold Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZeroCopyThresholdBytes()
	 * @generated
	 * @ordered
	 */
	protected int zeroCopyThresholdBytes = ZERO_COPY_THRESHOLD_BYTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdapterPoliciesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.ADAPTER_POLICIES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationKind getNotification() {
		return notification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotification(NotificationKind newNotification) {
		NotificationKind oldNotification = notification;
		notification = newNotification == null ? NOTIFICATION_EDEFAULT : newNotification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_POLICIES__NOTIFICATION, oldNotification, notification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchCount() {
		return batchCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchCount(int newBatchCount) {
		int oldBatchCount = batchCount;
		batchCount = newBatchCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_POLICIES__BATCH_COUNT, oldBatchCount, batchCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBatchTimeMicros() {
		return batchTimeMicros;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchTimeMicros(long newBatchTimeMicros) {
		long oldBatchTimeMicros = batchTimeMicros;
		batchTimeMicros = newBatchTimeMicros;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_POLICIES__BATCH_TIME_MICROS, oldBatchTimeMicros, batchTimeMicros));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAdaptiveMaxMicros() {
		return adaptiveMaxMicros;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdaptiveMaxMicros(long newAdaptiveMaxMicros) {
		long oldAdaptiveMaxMicros = adaptiveMaxMicros;
		adaptiveMaxMicros = newAdaptiveMaxMicros;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_POLICIES__ADAPTIVE_MAX_MICROS, oldAdaptiveMaxMicros, adaptiveMaxMicros));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInterruptCoalescingCount() {
		return interruptCoalescingCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterruptCoalescingCount(int newInterruptCoalescingCount) {
		int oldInterruptCoalescingCount = interruptCoalescingCount;
		interruptCoalescingCount = newInterruptCoalescingCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_POLICIES__INTERRUPT_COALESCING_COUNT, oldInterruptCoalescingCount, interruptCoalescingCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInterruptCoalescingMicros() {
		return interruptCoalescingMicros;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterruptCoalescingMicros(long newInterruptCoalescingMicros) {
		long oldInterruptCoalescingMicros = interruptCoalescingMicros;
		interruptCoalescingMicros = newInterruptCoalescingMicros;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_POLICIES__INTERRUPT_COALESCING_MICROS, oldInterruptCoalescingMicros, interruptCoalescingMicros));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BufferGroupPolicy getBufferGroups() {
		return bufferGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBufferGroups(BufferGroupPolicy newBufferGroups) {
		BufferGroupPolicy oldBufferGroups = bufferGroups;
		bufferGroups = newBufferGroups == null ? BUFFER_GROUPS_EDEFAULT : newBufferGroups;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_POLICIES__BUFFER_GROUPS, oldBufferGroups, bufferGroups));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BufferGroupRule> getBufferGroupRules() {
		if (bufferGroupRules == null) {
			bufferGroupRules = new EObjectContainmentEList<BufferGroupRule>(BufferGroupRule.class, this, OffloadPackage.ADAPTER_POLICIES__BUFFER_GROUP_RULES);
		}
		return bufferGroupRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDelayedDma() {
		return delayedDma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelayedDma(boolean newDelayedDma) {
		boolean oldDelayedDma = delayedDma;
		delayedDma = newDelayedDma;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_POLICIES__DELAYED_DMA, oldDelayedDma, delayedDma));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDmaBatchMicros() {
		return dmaBatchMicros;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDmaBatchMicros(long newDmaBatchMicros) {
		long oldDmaBatchMicros = dmaBatchMicros;
		dmaBatchMicros = newDmaBatchMicros;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_POLICIES__DMA_BATCH_MICROS, oldDmaBatchMicros, dmaBatchMicros));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExpediteUrgent() {
		return expediteUrgent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpediteUrgent(boolean newExpediteUrgent) {
		boolean oldExpediteUrgent = expediteUrgent;
		expediteUrgent = newExpediteUrgent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_POLICIES__EXPEDITE_URGENT, oldExpediteUrgent, expediteUrgent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getZeroCopyThresholdBytes() {
		return zeroCopyThresholdBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZeroCopyThresholdBytes(int newZeroCopyThresholdBytes) {
		int oldZeroCopyThresholdBytes = zeroCopyThresholdBytes;
		zeroCopyThresholdBytes = newZeroCopyThresholdBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.ADAPTER_POLICIES__ZERO_COPY_THRESHOLD_BYTES, oldZeroCopyThresholdBytes, zeroCopyThresholdBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OffloadPackage.ADAPTER_POLICIES__BUFFER_GROUP_RULES:
				return ((InternalEList<?>)getBufferGroupRules()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.ADAPTER_POLICIES__NOTIFICATION:
				return getNotification();
			case OffloadPackage.ADAPTER_POLICIES__BATCH_COUNT:
				return getBatchCount();
			case OffloadPackage.ADAPTER_POLICIES__BATCH_TIME_MICROS:
				return getBatchTimeMicros();
			case OffloadPackage.ADAPTER_POLICIES__ADAPTIVE_MAX_MICROS:
				return getAdaptiveMaxMicros();
			case OffloadPackage.ADAPTER_POLICIES__INTERRUPT_COALESCING_COUNT:
				return getInterruptCoalescingCount();
			case OffloadPackage.ADAPTER_POLICIES__INTERRUPT_COALESCING_MICROS:
				return getInterruptCoalescingMicros();
			case OffloadPackage.ADAPTER_POLICIES__BUFFER_GROUPS:
				return getBufferGroups();
			case OffloadPackage.ADAPTER_POLICIES__BUFFER_GROUP_RULES:
				return getBufferGroupRules();
			case OffloadPackage.ADAPTER_POLICIES__DELAYED_DMA:
				return isDelayedDma();
			case OffloadPackage.ADAPTER_POLICIES__DMA_BATCH_MICROS:
				return getDmaBatchMicros();
			case OffloadPackage.ADAPTER_POLICIES__EXPEDITE_URGENT:
				return isExpediteUrgent();
			case OffloadPackage.ADAPTER_POLICIES__ZERO_COPY_THRESHOLD_BYTES:
				return getZeroCopyThresholdBytes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OffloadPackage.ADAPTER_POLICIES__NOTIFICATION:
				setNotification((NotificationKind)newValue);
				return;
			case OffloadPackage.ADAPTER_POLICIES__BATCH_COUNT:
				setBatchCount((Integer)newValue);
				return;
			case OffloadPackage.ADAPTER_POLICIES__BATCH_TIME_MICROS:
				setBatchTimeMicros((Long)newValue);
				return;
			case OffloadPackage.ADAPTER_POLICIES__ADAPTIVE_MAX_MICROS:
				setAdaptiveMaxMicros((Long)newValue);
				return;
			case OffloadPackage.ADAPTER_POLICIES__INTERRUPT_COALESCING_COUNT:
				setInterruptCoalescingCount((Integer)newValue);
				return;
			case OffloadPackage.ADAPTER_POLICIES__INTERRUPT_COALESCING_MICROS:
				setInterruptCoalescingMicros((Long)newValue);
				return;
			case OffloadPackage.ADAPTER_POLICIES__BUFFER_GROUPS:
				setBufferGroups((BufferGroupPolicy)newValue);
				return;
			case OffloadPackage.ADAPTER_POLICIES__BUFFER_GROUP_RULES:
				getBufferGroupRules().clear();
				getBufferGroupRules().addAll((Collection<? extends BufferGroupRule>)newValue);
				return;
			case OffloadPackage.ADAPTER_POLICIES__DELAYED_DMA:
				setDelayedDma((Boolean)newValue);
				return;
			case OffloadPackage.ADAPTER_POLICIES__DMA_BATCH_MICROS:
				setDmaBatchMicros((Long)newValue);
				return;
			case OffloadPackage.ADAPTER_POLICIES__EXPEDITE_URGENT:
				setExpediteUrgent((Boolean)newValue);
				return;
			case OffloadPackage.ADAPTER_POLICIES__ZERO_COPY_THRESHOLD_BYTES:
				setZeroCopyThresholdBytes((Integer)newValue);
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
			case OffloadPackage.ADAPTER_POLICIES__NOTIFICATION:
				setNotification(NOTIFICATION_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_POLICIES__BATCH_COUNT:
				setBatchCount(BATCH_COUNT_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_POLICIES__BATCH_TIME_MICROS:
				setBatchTimeMicros(BATCH_TIME_MICROS_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_POLICIES__ADAPTIVE_MAX_MICROS:
				setAdaptiveMaxMicros(ADAPTIVE_MAX_MICROS_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_POLICIES__INTERRUPT_COALESCING_COUNT:
				setInterruptCoalescingCount(INTERRUPT_COALESCING_COUNT_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_POLICIES__INTERRUPT_COALESCING_MICROS:
				setInterruptCoalescingMicros(INTERRUPT_COALESCING_MICROS_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_POLICIES__BUFFER_GROUPS:
				setBufferGroups(BUFFER_GROUPS_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_POLICIES__BUFFER_GROUP_RULES:
				getBufferGroupRules().clear();
				return;
			case OffloadPackage.ADAPTER_POLICIES__DELAYED_DMA:
				setDelayedDma(DELAYED_DMA_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_POLICIES__DMA_BATCH_MICROS:
				setDmaBatchMicros(DMA_BATCH_MICROS_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_POLICIES__EXPEDITE_URGENT:
				setExpediteUrgent(EXPEDITE_URGENT_EDEFAULT);
				return;
			case OffloadPackage.ADAPTER_POLICIES__ZERO_COPY_THRESHOLD_BYTES:
				setZeroCopyThresholdBytes(ZERO_COPY_THRESHOLD_BYTES_EDEFAULT);
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
			case OffloadPackage.ADAPTER_POLICIES__NOTIFICATION:
				return notification != NOTIFICATION_EDEFAULT;
			case OffloadPackage.ADAPTER_POLICIES__BATCH_COUNT:
				return batchCount != BATCH_COUNT_EDEFAULT;
			case OffloadPackage.ADAPTER_POLICIES__BATCH_TIME_MICROS:
				return batchTimeMicros != BATCH_TIME_MICROS_EDEFAULT;
			case OffloadPackage.ADAPTER_POLICIES__ADAPTIVE_MAX_MICROS:
				return adaptiveMaxMicros != ADAPTIVE_MAX_MICROS_EDEFAULT;
			case OffloadPackage.ADAPTER_POLICIES__INTERRUPT_COALESCING_COUNT:
				return interruptCoalescingCount != INTERRUPT_COALESCING_COUNT_EDEFAULT;
			case OffloadPackage.ADAPTER_POLICIES__INTERRUPT_COALESCING_MICROS:
				return interruptCoalescingMicros != INTERRUPT_COALESCING_MICROS_EDEFAULT;
			case OffloadPackage.ADAPTER_POLICIES__BUFFER_GROUPS:
				return bufferGroups != BUFFER_GROUPS_EDEFAULT;
			case OffloadPackage.ADAPTER_POLICIES__BUFFER_GROUP_RULES:
				return bufferGroupRules != null && !bufferGroupRules.isEmpty();
			case OffloadPackage.ADAPTER_POLICIES__DELAYED_DMA:
				return delayedDma != DELAYED_DMA_EDEFAULT;
			case OffloadPackage.ADAPTER_POLICIES__DMA_BATCH_MICROS:
				return dmaBatchMicros != DMA_BATCH_MICROS_EDEFAULT;
			case OffloadPackage.ADAPTER_POLICIES__EXPEDITE_URGENT:
				return expediteUrgent != EXPEDITE_URGENT_EDEFAULT;
			case OffloadPackage.ADAPTER_POLICIES__ZERO_COPY_THRESHOLD_BYTES:
				return zeroCopyThresholdBytes != ZERO_COPY_THRESHOLD_BYTES_EDEFAULT;
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
		result.append(" (notification: ");
		result.append(notification);
		result.append(", batchCount: ");
		result.append(batchCount);
		result.append(", batchTimeMicros: ");
		result.append(batchTimeMicros);
		result.append(", adaptiveMaxMicros: ");
		result.append(adaptiveMaxMicros);
		result.append(", interruptCoalescingCount: ");
		result.append(interruptCoalescingCount);
		result.append(", interruptCoalescingMicros: ");
		result.append(interruptCoalescingMicros);
		result.append(", bufferGroups: ");
		result.append(bufferGroups);
		result.append(", delayedDma: ");
		result.append(delayedDma);
		result.append(", dmaBatchMicros: ");
		result.append(dmaBatchMicros);
		result.append(", expediteUrgent: ");
		result.append(expediteUrgent);
		result.append(", zeroCopyThresholdBytes: ");
		result.append(zeroCopyThresholdBytes);
		result.append(')');
		return result.toString();
	}

} //AdapterPoliciesImpl
