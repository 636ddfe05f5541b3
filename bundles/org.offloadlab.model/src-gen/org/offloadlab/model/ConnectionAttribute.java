/**
 */
package org.offloadlab.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Connection Attribute</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.offloadlab.model.OffloadPackage#getConnectionAttribute()
 * @model
 * @generated
 */
public enum ConnectionAttribute implements Enumerator {
	/**
	 * The '<em><b>LOCAL PORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_PORT_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_PORT(0, "LOCAL_PORT", "local-port"),

	/**
	 * The '<em><b>REMOTE PREFIX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_PREFIX_VALUE
	 * @generated
	 * @ordered
	 */
	REMOTE_PREFIX(1, "REMOTE_PREFIX", "remote-prefix"),

	/**
	 * The '<em><b>APPLICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLICATION_VALUE
	 * @generated
	 * @ordered
	 */
	APPLICATION(2, "APPLICATION", "application"),

	/**
	 * The '<em><b>TRAFFIC CLASS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAFFIC_CLASS_VALUE
	 * @generated
	 * @ordered
	 */
	TRAFFIC_CLASS(3, "TRAFFIC_CLASS", "traffic-class");

	/**
	 * The '<em><b>LOCAL PORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_PORT
	 * @model literal="local-port"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_PORT_VALUE = 0;

	/**
	 * The '<em><b>REMOTE PREFIX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOTE_PREFIX
	 * @model literal="remote-prefix"
	 * @generated
	 * @ordered
	 */
	public static final int REMOTE_PREFIX_VALUE = 1;

	/**
	 * The '<em><b>APPLICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLICATION
	 * @model literal="application"
	 * @generated
	 * @ordered
	 */
	public static final int APPLICATION_VALUE = 2;

	/**
	 * The '<em><b>TRAFFIC CLASS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAFFIC_CLASS
	 * @model literal="traffic-class"
	 * @generated
	 * @ordered
	 */
	public static final int TRAFFIC_CLASS_VALUE = 3;

	/**
	 * An array of all the '<em><b>Connection Attribute</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConnectionAttribute[] VALUES_ARRAY =
		new ConnectionAttribute[] {
			LOCAL_PORT,
			REMOTE_PREFIX,
			APPLICATION,
			TRAFFIC_CLASS,
		};

	/**
	 * A public read-only list of all the '<em><b>Connection Attribute</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConnectionAttribute> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Connection Attribute</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectionAttribute get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConnectionAttribute result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Connection Attribute</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectionAttribute getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConnectionAttribute result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Connection Attribute</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConnectionAttribute get(int value) {
		switch (value) {
			case LOCAL_PORT_VALUE: return LOCAL_PORT;
			case REMOTE_PREFIX_VALUE: return REMOTE_PREFIX;
			case APPLICATION_VALUE: return APPLICATION;
			case TRAFFIC_CLASS_VALUE: return TRAFFIC_CLASS;
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
	private ConnectionAttribute(int value, String name, String literal) {
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
	
} //ConnectionAttribute
