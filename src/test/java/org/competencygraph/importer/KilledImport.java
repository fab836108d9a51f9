package org.competencygraph.importer;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;

/**
 * A driver on the real database that stops an import where a killed process would have stopped it: the first
 * statement that creates a relationship fails (and its transaction rolls back), and every batch committed before
 * it stays, as after {@code kill -9}.
 */
final class KilledImport {

	static final String MESSAGE = "the import process was killed here";

	private KilledImport() {
	}

	static Driver beforeFirstRelationship(Driver driver) {
		return proxy(Driver.class, (method, args) -> {
			Object result = invoke(driver, method, args);
			return result instanceof Session session ? proxy(Session.class, (m, a) -> {
				if (m.getName().equals("executeWrite") && a[0] instanceof TransactionCallback<?> callback) {
					Object[] checked = a.clone();
					checked[0] = (TransactionCallback<Object>) tx -> callback.execute(statementsChecked(tx));
					return invoke(session, m, checked);
				}
				return invoke(session, m, a);
			}) : result;
		});
	}

	private static TransactionContext statementsChecked(TransactionContext tx) {
		return proxy(TransactionContext.class, (method, args) -> {
			if (method.getName().equals("run") && args[0] instanceof String query && query.contains("CREATE (a)-[r:")) {
				throw new IllegalStateException(MESSAGE);
			}
			return invoke(tx, method, args);
		});
	}

	private static <T> T proxy(Class<T> type, Call call) {
		InvocationHandler handler = (proxy, method, args) -> call.apply(method, args == null ? new Object[0] : args);
		return type.cast(Proxy.newProxyInstance(KilledImport.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private interface Call {

		Object apply(Method method, Object[] args) throws Throwable;

	}

}
