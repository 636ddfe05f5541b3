/**
 */
package org.offloadlab.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Failure Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.offloadlab.model.OffloadPackage#getFailureMode()
 * @model
 * @generated
 */
public enum FailureMode implements Enumerator {
	/**
	 * The '<em><b>CRASH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRASH_VALUE
	 * @generated
	 * @ordered
	 */
	CRASH(0, "CRASH", "crash"),

	/**
	 * The '<em><b>HANG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANG_VALUE
	 * @generated
	 * @ordered
	 */
	HANG(1, "HANG", "hang"),

	/**
	 * The '<em><b>LINK DOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINK_DOWN_VALUE
	 * @generated
	 * @ordered
	 */
	LINK_DOWN(2, "LINK_DOWN", "link-down");

	/**
	 * The '<em><b>CRASH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRASH
	 * @model literal="crash"
	 * @generated
	 * @ordered
	 */
	public static final int CRASH_VALUE = 0;

	/**
	 * The '<em><b>HANG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANG
	 * @model literal="hang"
	 * @generated
	 * @ordered
	 */
	public static final int HANG_VALUE = 1;

	/**
	 * The '<em><b>LINK DOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINK_DOWN
	 * @model literal="link-down"
	 * @generated
	 * @ordered
	 */
	public static final int LINK_DOWN_VALUE = 2;

	/**
	 * An array of all the '<em><b>Failure Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FailureMode[] VALUES_ARRAY =
		new FailureMode[] {
			CRASH,
			HANG,
			LINK_DOWN,
		};

	/**
	 * A public read-only list of all the '<em><b>Failure Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FailureMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Failure Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailureMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FailureMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Failure Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FailureMode get(int value) {
		switch (value) {
			case CRASH_VALUE: return CRASH;
			case HANG_VALUE: return HANG;
			case LINK_DOWN_VALUE: return LINK_DOWN;
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
	private FailureMode(int value, String name, String literal) {
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
	
} //FailureMode
