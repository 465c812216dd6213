package org.sonobill.server.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title, description and the two ways to authenticate. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {
    @Bean
    public OpenAPI sonobillOpenApi() {
        return new OpenAPI()
                .info(new Info().title("SonoBill API").version("1")
                        .description("Studies, coding, claims and reference data of your organisation. Sign in at "
                                + "/login for a session (changes then need the X-CSRF-TOKEN header from "
                                + "GET /api/session), or send an API token as 'Authorization: Bearer sb_...'. "
                                + "Errors are application/problem+json naming the field and what was expected. "
                                + "Claim changes take the version you saw in If-Match (the claim's ETag).")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("API token from POST /api/tokens"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }
}
