/** JBake's content store kept in memory, in place of the embedded OrientDB database. */
package org.nodevspython.store;
