/**
 * Who may write: reads are open, every write (imports, mutations) needs the configured admin credential, and
 * with none configured writes are refused with the reason logged. The command line on the machine may write.
 */
@NullMarked
package org.competencygraph.security;

import org.jspecify.annotations.NullMarked;
