package org.verbatim.cli;

/** An option value written {@code KEY=VALUE}, such as {@code --where city=Tomsk}. */
record KeyValue(String key, String value) {

    /**
     * Splits at the first {@code =} (values may contain one), or at the last when
     * {@code keyMayHaveEquals} (a speaker label may; a participant id does not).
     */
    static KeyValue parse(String option, String form, String text, boolean keyMayHaveEquals) {
        int eq = keyMayHaveEquals ? text.lastIndexOf('=') : text.indexOf('=');
        if (eq <= 0) {
            throw new CliException(option + " takes " + form + ", not '" + text + "'");
        }
        return new KeyValue(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
    }

    static KeyValue parse(String option, String form, String text) {
        return parse(option, form, text, false);
    }
}
