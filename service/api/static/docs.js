// Starts Swagger UI on this service's OpenAPI document. A file of its own, not inline: the
// page's Content-Security-Policy runs scripts from this service only.
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});
