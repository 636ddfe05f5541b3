/**
 */
package org.offloadlab.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.offloadlab.model.DoubleArray;
import org.offloadlab.model.LongArray;
import org.offloadlab.model.OffloadPackage;
import org.offloadlab.model.Series;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Series</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.offloadlab.model.impl.SeriesImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.SeriesImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.SeriesImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.SeriesImpl#getTimesNanos <em>Times Nanos</em>}</li>
 *   <li>{@link org.offloadlab.model.impl.SeriesImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SeriesImpl extends MinimalEObjectImpl.Container implements Series {
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
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimesNanos() <em>Times Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimesNanos()
	 * @generated
	 * @ordered
	 */
	protected static final LongArray TIMES_NANOS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimesNanos() <em>Times Nanos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimesNanos()
	 * @generated
	 * @ordered
	 */
	protected LongArray timesNanos = TIMES_NANOS_EDEFAULT;

	/**
	 * The default value of the '{@link #getValues() <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected static final DoubleArray VALUES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected DoubleArray values = VALUES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SeriesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OffloadPackage.Literals.SERIES;
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
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.SERIES__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.SERIES__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.SERIES__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LongArray getTimesNanos() {
		return timesNanos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimesNanos(LongArray newTimesNanos) {
		LongArray oldTimesNanos = timesNanos;
		timesNanos = newTimesNanos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.SERIES__TIMES_NANOS, oldTimesNanos, timesNanos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DoubleArray getValues() {
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValues(DoubleArray newValues) {
		DoubleArray oldValues = values;
		values = newValues;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OffloadPackage.SERIES__VALUES, oldValues, values));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OffloadPackage.SERIES__NAME:
				return getName();
			case OffloadPackage.SERIES__UNIT:
				return getUnit();
			case OffloadPackage.SERIES__KIND:
				return getKind();
			case OffloadPackage.SERIES__TIMES_NANOS:
				return getTimesNanos();
			case OffloadPackage.SERIES__VALUES:
				return getValues();
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
			case OffloadPackage.SERIES__NAME:
				setName((String)newValue);
				return;
			case OffloadPackage.SERIES__UNIT:
				setUnit((String)newValue);
				return;
			case OffloadPackage.SERIES__KIND:
				setKind((String)newValue);
				return;
			case OffloadPackage.SERIES__TIMES_NANOS:
				setTimesNanos((LongArray)newValue);
				return;
			case OffloadPackage.SERIES__VALUES:
				setValues((DoubleArray)newValue);
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
			case OffloadPackage.SERIES__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OffloadPackage.SERIES__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case OffloadPackage.SERIES__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OffloadPackage.SERIES__TIMES_NANOS:
				setTimesNanos(TIMES_NANOS_EDEFAULT);
				return;
			case OffloadPackage.SERIES__VALUES:
				setValues(VALUES_EDEFAULT);
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
			case OffloadPackage.SERIES__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OffloadPackage.SERIES__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case OffloadPackage.SERIES__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case OffloadPackage.SERIES__TIMES_NANOS:
				return TIMES_NANOS_EDEFAULT == null ? timesNanos != null : !TIMES_NANOS_EDEFAULT.equals(timesNanos);
			case OffloadPackage.SERIES__VALUES:
				return VALUES_EDEFAULT == null ? values != null : !VALUES_EDEFAULT.equals(values);
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
		result.append(", unit: ");
		result.append(unit);
		result.append(", kind: ");
		result.append(kind);
		result.append(", timesNanos: ");
		result.append(timesNanos);
		result.append(", values: ");
		result.append(values);
		result.append(')');
		return result.toString();
	}

} //SeriesImpl
