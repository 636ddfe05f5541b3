/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.offloadlab.model.BufferGroupResult;
import org.offloadlab.model.OffloadPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Buffer Group Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.BufferGroupResultImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.BufferGroupResultImpl#getRules <em>Rules</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.BufferGroupResultImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.BufferGroupResultImpl#getBuffersHeldPeak <em>Buffers Held Peak</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.BufferGroupResultImpl#getBytesHeldPeak <em>Bytes Held Peak</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.BufferGroupResultImpl#getFillRatio <em>Fill Ratio</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BufferGroupResultImpl extends MinimalEObjectImpl.Container implements BufferGroupResult {
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
	 * The default value of the '{@link #getRules() <em>Rules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected static final String RULES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected String rules = RULES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMembers() <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMBERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected int members = MEMBERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBuffersHeldPeak() <em>Buffers Held Peak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuffersHeldPeak()
	 * @generated
	 * @ordered
	 */
	protected static final long BUFFERS_HELD_PEAK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBuffersHeldPeak() <em>Buffers Held Peak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuffersHeldPeak()
	 * @generated
	 * @ordered
	 */
	protected long buffersHeldPeak = BUFFERS_HELD_PEAK_EDEFAULT;

	/**
	 * The default value of the '{@link #getBytesHeldPeak() <em>Bytes Held Peak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesHeldPeak()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTES_HELD_PEAK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBytesHeldPeak() <em>Bytes Held Peak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBytesHeldPeak()
	 * @generated
	 * @ordered
	 */
	protected long bytesHeldPeak = BYTES_HELD_PEAK_EDEFAULT;

	/**
	 * The default value of the '{@link #getFillRatio() <em>Fill Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillRatio()
	 * @generated
	 * @ordered
	 */
	protected static final double FILL_RATIO_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFillRatio() <em>Fill Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillRatio()
	 * @generated
	 * @ordered
	 */
	protected double fillRatio = FILL_RATIO_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BufferGroupResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.BUFFER_GROUP_RESULT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.BUFFER_GROUP_RESULT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRules() {
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRules(String newRules) {
		String oldRules = rules;
		rules = newRules;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.BUFFER_GROUP_RESULT__RULES, oldRules, rules));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMembers() {
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMembers(int newMembers) {
		int oldMembers = members;
		members = newMembers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.BUFFER_GROUP_RESULT__MEMBERS, oldMembers, members));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBuffersHeldPeak() {
		return buffersHeldPeak;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuffersHeldPeak(long newBuffersHeldPeak) {
		long oldBuffersHeldPeak = buffersHeldPeak;
		buffersHeldPeak = newBuffersHeldPeak;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.BUFFER_GROUP_RESULT__BUFFERS_HELD_PEAK, oldBuffersHeldPeak, buffersHeldPeak));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBytesHeldPeak() {
		return bytesHeldPeak;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBytesHeldPeak(long newBytesHeldPeak) {
		long oldBytesHeldPeak = bytesHeldPeak;
		bytesHeldPeak = newBytesHeldPeak;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.BUFFER_GROUP_RESULT__BYTES_HELD_PEAK, oldBytesHeldPeak, bytesHeldPeak));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFillRatio() {
		return fillRatio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFillRatio(double newFillRatio) {
		double oldFillRatio = fillRatio;
		fillRatio = newFillRatio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.BUFFER_GROUP_RESULT__FILL_RATIO, oldFillRatio, fillRatio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.BUFFER_GROUP_RESULT__NAME:
				return getName();
			case OffloadPackage.BUFFER_GROUP_RESULT__RULES:
				return getRules();
			case OffloadPackage.BUFFER_GROUP_RESULT__MEMBERS:
				return getMembers();
			case OffloadPackage.BUFFER_GROUP_RESULT__BUFFERS_HELD_PEAK:
				return getBuffersHeldPeak();
			case OffloadPackage.BUFFER_GROUP_RESULT__BYTES_HELD_PEAK:
				return getBytesHeldPeak();
			case OffloadPackage.BUFFER_GROUP_RESULT__FILL_RATIO:
				return getFillRatio();
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
			case OffloadPackage.BUFFER_GROUP_RESULT__NAME:
				setName((String)newValue);
				return;
			case OffloadPackage.BUFFER_GROUP_RESULT__RULES:
				setRules((String)newValue);
				return;
			case OffloadPackage.BUFFER_GROUP_RESULT__MEMBERS:
				setMembers((Integer)newValue);
				return;
			case OffloadPackage.BUFFER_GROUP_RESULT__BUFFERS_HELD_PEAK:
				setBuffersHeldPeak((Long)newValue);
				return;
			case OffloadPackage.BUFFER_GROUP_RESULT__BYTES_HELD_PEAK:
				setBytesHeldPeak((Long)newValue);
				return;
			case OffloadPackage.BUFFER_GROUP_RESULT__FILL_RATIO:
				setFillRatio((Double)newValue);
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
			case OffloadPackage.BUFFER_GROUP_RESULT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OffloadPackage.BUFFER_GROUP_RESULT__RULES:
				setRules(RULES_EDEFAULT);
				return;
			case OffloadPackage.BUFFER_GROUP_RESULT__MEMBERS:
				setMembers(MEMBERS_EDEFAULT);
				return;
			case OffloadPackage.BUFFER_GROUP_RESULT__BUFFERS_HELD_PEAK:
				setBuffersHeldPeak(BUFFERS_HELD_PEAK_EDEFAULT);
				return;
			case OffloadPackage.BUFFER_GROUP_RESULT__BYTES_HELD_PEAK:
				setBytesHeldPeak(BYTES_HELD_PEAK_EDEFAULT);
				return;
			case OffloadPackage.BUFFER_GROUP_RESULT__FILL_RATIO:
				setFillRatio(FILL_RATIO_EDEFAULT);
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
			case OffloadPackage.BUFFER_GROUP_RESULT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OffloadPackage.BUFFER_GROUP_RESULT__RULES:
				return RULES_EDEFAULT == null ? rules != null : !RULES_EDEFAULT.equals(rules);
			case OffloadPackage.BUFFER_GROUP_RESULT__MEMBERS:
				return members != MEMBERS_EDEFAULT;
			case OffloadPackage.BUFFER_GROUP_RESULT__BUFFERS_HELD_PEAK:
				return buffersHeldPeak != BUFFERS_HELD_PEAK_EDEFAULT;
			case OffloadPackage.BUFFER_GROUP_RESULT__BYTES_HELD_PEAK:
				return bytesHeldPeak != BYTES_HELD_PEAK_EDEFAULT;
			case OffloadPackage.BUFFER_GROUP_RESULT__FILL_RATIO:
				return fillRatio != FILL_RATIO_EDEFAULT;
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
		result.append(", rules: ");
		result.append(rules);
		result.append(", members: ");
		result.append(members);
		result.append(", buffersHeldPeak: ");
		result.append(buffersHeldPeak);
		result.append(", bytesHeldPeak: ");
		result.append(bytesHeldPeak);
		result.append(", fillRatio: ");
		result.append(fillRatio);
		result.append(')');
		return result.toString();
	}

} //BufferGroupResultImpl
