/**
 * Who the caller is and may they write: the admin and local users (HTTP Basic, or the explorer's sign-in form with a
 * session cookie and CSRF tokens), or an OpenID Connect provider's bearer tokens when configured, with their roles;
 * catalogue writes need the admin. Repeated failed sign-ins lock the client address and the user name out for a
 * while. The command line on the machine may write.
 */
@NullMarked
package org.competencygraph.security;

import org.jspecify.annotations.NullMarked;
