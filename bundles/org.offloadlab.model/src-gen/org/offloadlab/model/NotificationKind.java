/**
 */
package org.offloadlab.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Notification Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.offloadlab.model.OffloadPackage#getNotificationKind()
 * @model
 * @generated
 */
public enum NotificationKind implements Enumerator {
	/**
	 * The '<em><b>PIECEMEAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIECEMEAL_VALUE
	 * @generated
	 * @ordered
	 */
	PIECEMEAL(0, "PIECEMEAL", "piecemeal"),

	/**
	 * The '<em><b>BULK COUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BULK_COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	BULK_COUNT(1, "BULK_COUNT", "bulk-count"),

	/**
	 * The '<em><b>BULK TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BULK_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	BULK_TIME(2, "BULK_TIME", "bulk-time"),

	/**
	 * The '<em><b>BULK COUNT OR TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BULK_COUNT_OR_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	BULK_COUNT_OR_TIME(3, "BULK_COUNT_OR_TIME", "bulk-count-or-time"),

	/**
	 * The '<em><b>ADAPTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAPTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	ADAPTIVE(4, "ADAPTIVE", "adaptive");

	/**
	 * The '<em><b>PIECEMEAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIECEMEAL
	 * @model literal="piecemeal"
	 * @generated
	 * @ordered
	 */
	public static final int PIECEMEAL_VALUE = 0;

	/**
	 * The '<em><b>BULK COUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BULK_COUNT
	 * @model literal="bulk-count"
	 * @generated
	 * @ordered
	 */
	public static final int BULK_COUNT_VALUE = 1;

	/**
	 * The '<em><b>BULK TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BULK_TIME
	 * @model literal="bulk-time"
	 * @generated
	 * @ordered
	 */
	public static final int BULK_TIME_VALUE = 2;

	/**
	 * The '<em><b>BULK COUNT OR TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BULK_COUNT_OR_TIME
	 * @model literal="bulk-count-or-time"
	 * @generated
	 * @ordered
	 */
	public static final int BULK_COUNT_OR_TIME_VALUE = 3;

	/**
	 * The '<em><b>ADAPTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAPTIVE
	 * @model literal="adaptive"
	 * @generated
	 * @ordered
	 */
	public static final int ADAPTIVE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Notification Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NotificationKind[] VALUES_ARRAY =
		new NotificationKind[] {
			PIECEMEAL,
			BULK_COUNT,
			BULK_TIME,
			BULK_COUNT_OR_TIME,
			ADAPTIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Notification Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NotificationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Notification Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NotificationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NotificationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Notification Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NotificationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NotificationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Notification Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NotificationKind get(int value) {
		switch (value) {
			case PIECEMEAL_VALUE: return PIECEMEAL;
			case BULK_COUNT_VALUE: return BULK_COUNT;
			case BULK_TIME_VALUE: return BULK_TIME;
			case BULK_COUNT_OR_TIME_VALUE: return BULK_COUNT_OR_TIME;
			case ADAPTIVE_VALUE: return ADAPTIVE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private NotificationKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //NotificationKind
