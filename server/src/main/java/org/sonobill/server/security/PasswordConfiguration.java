package org.sonobill.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are kept: needed by the web server and by {@code sonobill init} alike. */
@Configuration(proxyBeanMethods = false)
public class PasswordConfiguration {
    /** bcrypt, cost 10: about 60 ms per sign-in on this kind of machine, far too slow to guess many passwords. */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }
}
