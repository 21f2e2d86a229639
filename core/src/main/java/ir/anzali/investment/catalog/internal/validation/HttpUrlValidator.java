package ir.anzali.investment.catalog.internal.validation;

import ir.anzali.investment.catalog.validation.HttpUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;

/** Checks the scheme and host. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, URI> {

    /**
     * Tells whether a link is an absolute http or https URL.
     *
     * @param value the link, or null
     * @return true when the link is null or such a URL
     */
    public static boolean isHttpUrl(URI value) {
        if (value == null) {
            return true;
        }
        String scheme = value.getScheme();
        return value.toString().length() <= HttpUrl.MAX_LENGTH && value.isAbsolute() && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                && value.getHost() != null;
    }

    @Override
    public boolean isValid(URI value, ConstraintValidatorContext context) {
        return isHttpUrl(value);
    }
}
