/**
 */
package org.offloadlab.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Buffer Group Policy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.offloadlab.model.OffloadPackage#getBufferGroupPolicy()
 * @model
 * @generated
 */
public enum BufferGroupPolicy implements Enumerator {
	/**
	 * The '<em><b>PER CONNECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PER_CONNECTION_VALUE
	 * @generated
	 * @ordered
	 */
	PER_CONNECTION(0, "PER_CONNECTION", "per-connection"),

	/**
	 * The '<em><b>BY ATTRIBUTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BY_ATTRIBUTE_VALUE
	 * @generated
	 * @ordered
	 */
	BY_ATTRIBUTE(1, "BY_ATTRIBUTE", "by-attribute");

	/**
	 * The '<em><b>PER CONNECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PER_CONNECTION
	 * @model literal="per-connection"
	 * @generated
	 * @ordered
	 */
	public static final int PER_CONNECTION_VALUE = 0;

	/**
	 * The '<em><b>BY ATTRIBUTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BY_ATTRIBUTE
	 * @model literal="by-attribute"
	 * @generated
	 * @ordered
	 */
	public static final int BY_ATTRIBUTE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Buffer Group Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BufferGroupPolicy[] VALUES_ARRAY =
		new BufferGroupPolicy[] {
			PER_CONNECTION,
			BY_ATTRIBUTE,
		};

	/**
	 * A public read-only list of all the '<em><b>Buffer Group Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BufferGroupPolicy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Buffer Group Policy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BufferGroupPolicy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BufferGroupPolicy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Buffer Group Policy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BufferGroupPolicy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BufferGroupPolicy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Buffer Group Policy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BufferGroupPolicy get(int value) {
		switch (value) {
			case PER_CONNECTION_VALUE: return PER_CONNECTION;
			case BY_ATTRIBUTE_VALUE: return BY_ATTRIBUTE;
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
	private BufferGroupPolicy(int value, String name, String literal) {
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
	
} //BufferGroupPolicy
