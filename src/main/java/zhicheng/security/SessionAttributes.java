package zhicheng.security;

import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How the sessions in the database (zc_session_attributes, Spring Session JDBC) hold their attributes. Spring Session
 * stores each attribute Java-serialized; what is in them is Camunda's and Spring's own: the webapps' login
 * ({@code org.camunda.bpm.webapp.impl.security.auth.Authentications}), Spring Security's context and CSRF token, a
 * saved request, the portal's flash messages (strings, lists and maps of strings). Reading them back goes through an
 * allow-list of exactly those packages, so a row written by anyone else cannot make a node instantiate any other
 * class (the same care as {@code deserializationTypeValidationEnabled} for the engine's variables).
 */
@Configuration
class SessionAttributes {

  /** The classes a session attribute may consist of; anything else is refused while reading. */
  static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(String.join(";",
      "maxdepth=20", "maxrefs=10000", "maxbytes=1048576",
      "java.lang.*", "java.util.*", "java.time.*",
      // Spring MVC keeps a session's flash maps in one of these (SessionFlashMapManager)
      "java.util.concurrent.CopyOnWriteArrayList",
      "org.camunda.bpm.webapp.impl.security.auth.*",
      "org.springframework.security.**",
      "org.springframework.web.servlet.FlashMap", "org.springframework.util.LinkedMultiValueMap",
      "org.springframework.util.MultiValueMapAdapter",
      "!*"));

  /** Spring Session looks the converter up by this name (JdbcHttpSessionConfiguration). */
  @Bean
  @Qualifier("springSessionConversionService")
  ConversionService springSessionConversionService() {
    ClassLoader loader = SessionAttributes.class.getClassLoader();
    GenericConversionService conversion = new GenericConversionService();
    conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
    conversion.addConverter(byte[].class, Object.class, new DeserializingConverter(in -> {
      ObjectInputStream objects = new ConfigurableObjectInputStream(in, loader);
      objects.setObjectInputFilter(ALLOWED);
      try {
        return objects.readObject();
      } catch (ClassNotFoundException e) {
        throw new java.io.InvalidClassException("会话属性的类不存在：" + e.getMessage());
      }
    }));
    return conversion;
  }
}
