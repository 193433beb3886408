package org.mentorflow.system;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable as a model's class declares it, once: its name (what the model, the forms, message
 * correlations and queries use: {@link #name()}) and the Java type its value has.
 * <pre>{@code
 * public static final ProcessVariable<Long> MENTORSHIP_ID = ProcessVariable.of("mentorshipId", Long.class);
 * long mentorshipId = MENTORSHIP_ID.get(execution);
 * }</pre>
 * Reading is null-safe (an absent variable reads as null) and forgiving only about numbers: the engine keeps a
 * number as the type it was given (a form's number field may arrive as a Long or a Double, Java code may have set an
 * Integer), so a whole number of another numeric type is converted to the declared Long, Integer or Short. Any
 * other type fails with an {@link IllegalStateException} that names the variable and both types, never the value
 * (it may be a person's text).
 *
 * @param name the variable's name in the models and forms; never changes while instances hold it
 * @param type the Java type of its value; what it is stored as never changes either
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    public ProcessVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A process variable needs a name");
        }
        if (type.isPrimitive()) {
            throw new IllegalArgumentException("Process variable '" + name + "': declare " + type
                    + " by its wrapper class (variables may be absent)");
        }
    }

    public static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type);
    }

    /** The value as the scope sees it (its own or an enclosing scope's), or null if it has none. */
    public T get(VariableScope scope) {
        return convert(scope.getVariable(name));
    }

    /** The scope's own value, or null: an input parameter of a step, a task-local variable. */
    public T getLocal(VariableScope scope) {
        return convert(scope.getVariableLocal(name));
    }

    /** The value in a map of variables (a task's or an instance's variables, a form submission), or null. */
    public T from(Map<String, ?> variables) {
        return convert(variables.get(name));
    }

    /** Whether the scope holds exactly this value; a value of another type is simply not it (never fails). */
    public boolean holds(VariableScope scope, T value) {
        try {
            return Objects.equals(get(scope), value);
        } catch (IllegalStateException wrongType) {
            return false;
        }
    }

    /** Sets the value where the engine keeps it: the scope that has the variable already, else the process. */
    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** Sets the value on this scope only (task-local, activity-local). */
    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value);
    }

    /** Puts the value into variables about to be handed to the engine (a start, a message, a task completion). */
    public void put(Map<String, Object> variables, T value) {
        variables.put(name, value);
    }

    /** Removes the variable from the scope that holds it. */
    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    /** Converts a value read from the engine to {@link #type()}, or fails naming this variable. */
    public T convert(Object value) {
        if (value == null) {
            return null;
        }
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof Number number) {
            Object converted = wholeNumber(number);
            if (converted != null) {
                return type.cast(converted);
            }
        }
        throw new IllegalStateException("Process variable '" + name + "' holds " + article(value.getClass())
                + " where " + article(type) + " is expected");
    }

    /** The number as the declared Long, Integer or Short, when it is whole and fits; null otherwise. */
    private Object wholeNumber(Number number) {
        BigInteger whole = toBigInteger(number);
        if (whole == null) {
            return null;
        }
        if (type == Long.class && whole.bitLength() < Long.SIZE) {
            return whole.longValue();
        }
        if (type == Integer.class && whole.bitLength() < Integer.SIZE) {
            return whole.intValue();
        }
        if (type == Short.class && whole.bitLength() < Short.SIZE) {
            return whole.shortValue();
        }
        return null;
    }

    private static BigInteger toBigInteger(Number number) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return BigInteger.valueOf(number.longValue());
        }
        if (number instanceof BigInteger big) {
            return big;
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return Double.isFinite(value) && value == Math.rint(value) ? BigDecimal.valueOf(value).toBigInteger() : null;
        }
        if (number instanceof BigDecimal decimal) {
            try {
                return decimal.toBigIntegerExact();
            } catch (ArithmeticException notWhole) {
                return null;
            }
        }
        return null;
    }

    private static String article(Class<?> type) {
        String name = type.getSimpleName();
        return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
