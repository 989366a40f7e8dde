/**
 * The exercise programme as pure domain: versioned prescriptions, pain reports on the 0-10 scale,
 * and the progression engine that proposes the next step with its reasons. JDK and analysis types
 * only; storage sits behind {@link io.plantaris.programme.ProgrammeRepository}.
 */
package io.plantaris.programme;
