/** The audit trail of writes to people data: every write runs through it and is recorded (who, when, what). */
@NullMarked
package org.competencygraph.audit;

import org.jspecify.annotations.NullMarked;
