/**
 */
package org.offloadlab.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Adapter Policies</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.AdapterPolicies#getNotification <em>Notification</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterPolicies#getBatchCount <em>Batch Count</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterPolicies#getBatchTimeMicros <em>Batch Time Micros</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterPolicies#getAdaptiveMaxMicros <em>Adaptive Max Micros</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterPolicies#getInterruptCoalescingCount <em>Interrupt Coalescing Count</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterPolicies#getInterruptCoalescingMicros <em>Interrupt Coalescing Micros</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterPolicies#getBufferGroups <em>Buffer Groups</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterPolicies#getBufferGroupRules <em>Buffer Group Rules</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterPolicies#isDelayedDma <em>Delayed Dma</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterPolicies#getDmaBatchMicros <em>Dma Batch Micros</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterPolicies#isExpediteUrgent <em>Expedite Urgent</em>}</li>
 *   <li>{@link org.offloadlab.model.AdapterPolicies#getZeroCopyThresholdBytes <em>Zero Copy Threshold Bytes</em>}</li>
 * </ul>
 *
 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies()
 * @model
 * @generated
 */
public interface AdapterPolicies extends EObject {
	/**
	 * Returns the value of the '<em><b>Notification</b></em>' attribute.
	 * The literals are from the enumeration {@link org.offloadlab.model.NotificationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notification</em>' attribute.
	 * @see org.offloadlab.model.NotificationKind
	 * @see #setNotification(NotificationKind)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies_Notification()
	 * @model
	 * @generated
	 */
	NotificationKind getNotification();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterPolicies#getNotification <em>Notification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notification</em>' attribute.
	 * @see org.offloadlab.model.NotificationKind
	 * @see #getNotification()
	 * @generated
	 */
	void setNotification(NotificationKind value);

	/**
	 * Returns the value of the '<em><b>Batch Count</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Count</em>' attribute.
	 * @see #setBatchCount(int)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies_BatchCount()
	 * @model default="32"
	 * @generated
	 */
	int getBatchCount();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterPolicies#getBatchCount <em>Batch Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Count</em>' attribute.
	 * @see #getBatchCount()
	 * @generated
	 */
	void setBatchCount(int value);

	/**
	 * Returns the value of the '<em><b>Batch Time Micros</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Time Micros</em>' attribute.
	 * @see #setBatchTimeMicros(long)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies_BatchTimeMicros()
	 * @model default="100"
	 * @generated
	 */
	long getBatchTimeMicros();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterPolicies#getBatchTimeMicros <em>Batch Time Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Time Micros</em>' attribute.
	 * @see #getBatchTimeMicros()
	 * @generated
	 */
	void setBatchTimeMicros(long value);

	/**
	 * Returns the value of the '<em><b>Adaptive Max Micros</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adaptive Max Micros</em>' attribute.
	 * @see #setAdaptiveMaxMicros(long)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies_AdaptiveMaxMicros()
	 * @model default="500"
	 * @generated
	 */
	long getAdaptiveMaxMicros();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterPolicies#getAdaptiveMaxMicros <em>Adaptive Max Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adaptive Max Micros</em>' attribute.
	 * @see #getAdaptiveMaxMicros()
	 * @generated
	 */
	void setAdaptiveMaxMicros(long value);

	/**
	 * Returns the value of the '<em><b>Interrupt Coalescing Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interrupt Coalescing Count</em>' attribute.
	 * @see #setInterruptCoalescingCount(int)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies_InterruptCoalescingCount()
	 * @model default="1"
	 * @generated
	 */
	int getInterruptCoalescingCount();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterPolicies#getInterruptCoalescingCount <em>Interrupt Coalescing Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interrupt Coalescing Count</em>' attribute.
	 * @see #getInterruptCoalescingCount()
	 * @generated
	 */
	void setInterruptCoalescingCount(int value);

	/**
	 * Returns the value of the '<em><b>Interrupt Coalescing Micros</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interrupt Coalescing Micros</em>' attribute.
	 * @see #setInterruptCoalescingMicros(long)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies_InterruptCoalescingMicros()
	 * @model default="0"
	 * @generated
	 */
	long getInterruptCoalescingMicros();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterPolicies#getInterruptCoalescingMicros <em>Interrupt Coalescing Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interrupt Coalescing Micros</em>' attribute.
	 * @see #getInterruptCoalescingMicros()
	 * @generated
	 */
	void setInterruptCoalescingMicros(long value);

	/**
	 * Returns the value of the '<em><b>Buffer Groups</b></em>' attribute.
	 * The literals are from the enumeration {@link org.offloadlab.model.BufferGroupPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buffer Groups</em>' attribute.
	 * @see org.offloadlab.model.BufferGroupPolicy
	 * @see #setBufferGroups(BufferGroupPolicy)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies_BufferGroups()
	 * @model
	 * @generated
	 */
	BufferGroupPolicy getBufferGroups();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterPolicies#getBufferGroups <em>Buffer Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buffer Groups</em>' attribute.
	 * @see org.offloadlab.model.BufferGroupPolicy
	 * @see #getBufferGroups()
	 * @generated
	 */
	void setBufferGroups(BufferGroupPolicy value);

	/**
	 * Returns the value of the '<em><b>Buffer Group Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.offloadlab.model.BufferGroupRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buffer Group Rules</em>' containment reference list.
	 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies_BufferGroupRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<BufferGroupRule> getBufferGroupRules();

	/**
	 * Returns the value of the '<em><b>Delayed Dma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delayed Dma</em>' attribute.
	 * @see #setDelayedDma(boolean)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies_DelayedDma()
	 * @model
	 * @generated
	 */
	boolean isDelayedDma();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterPolicies#isDelayedDma <em>Delayed Dma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delayed Dma</em>' attribute.
	 * @see #isDelayedDma()
	 * @generated
	 */
	void setDelayedDma(boolean value);

	/**
	 * Returns the value of the '<em><b>Dma Batch Micros</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dma Batch Micros</em>' attribute.
	 * @see #setDmaBatchMicros(long)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies_DmaBatchMicros()
	 * @model default="50"
	 * @generated
	 */
	long getDmaBatchMicros();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterPolicies#getDmaBatchMicros <em>Dma Batch Micros</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dma Batch Micros</em>' attribute.
	 * @see #getDmaBatchMicros()
	 * @generated
	 */
	void setDmaBatchMicros(long value);

	/**
	 * Returns the value of the '<em><b>Expedite Urgent</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expedite Urgent</em>' attribute.
	 * @see #setExpediteUrgent(boolean)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies_ExpediteUrgent()
	 * @model default="true"
	 * @generated
	 */
	boolean isExpediteUrgent();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterPolicies#isExpediteUrgent <em>Expedite Urgent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expedite Urgent</em>' attribute.
	 * @see #isExpediteUrgent()
	 * @generated
	 */
	void setExpediteUrgent(boolean value);

	/**
	 * Returns the value of the '<em><b>Zero Copy Threshold Bytes</b></em>' attribute.
	 * The default value is <code>"65536"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zero Copy Threshold Bytes</em>' attribute.
	 * @see #setZeroCopyThresholdBytes(int)
	 * @see org.offloadlab.model.OffloadPackage#getAdapterPolicies_ZeroCopyThresholdBytes()
	 * @model default="65536"
	 * @generated
	 */
	int getZeroCopyThresholdBytes();

	/**
	 * Sets the value of the '{@link org.offloadlab.model.AdapterPolicies#getZeroCopyThresholdBytes <em>Zero Copy Threshold Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zero Copy Threshold Bytes</em>' attribute.
	 * @see #getZeroCopyThresholdBytes()
	 * @generated
	 */
	void setZeroCopyThresholdBytes(int value);

} // AdapterPolicies
