/**
 * Who may write: reads are open, every write (imports, mutations) needs the configured admin credential, and
 * with none configured writes are refused with the reason logged. Repeated failed sign-ins lock the client address
 * and the user name out for a while. The command line on the machine may write.
 */
@NullMarked
package org.competencygraph.security;

import org.jspecify.annotations.NullMarked;
