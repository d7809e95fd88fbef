package zhicheng.organisation;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The organisation in force, read from {@code zhicheng.organisation} (a JSON file). Without one the
 * organisation is empty and every declaration is refused for its unknown unit, which says what is missing.
 */
@Component
public class OrganisationRepository {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationRepository.class);

  private final Organisation organisation;

  public OrganisationRepository(@Value("${zhicheng.organisation:}") String location) throws IOException {
    this.organisation = location.isBlank() ? Organisation.empty() : read(location);
    LOG.info("组织机构：{} 个区县，{} 个用人单位，{} 个评委会办公室，共 {} 个审核单位用户组",
        organisation.counties().size(), organisation.units().size(), organisation.committees().size(),
        organisation.reviewerGroups().size());
  }

  public static Organisation read(String location) throws IOException {
    Resource file = new DefaultResourceLoader().getResource(location);
    if (!file.exists()) {
      throw new IllegalStateException("找不到组织机构文件 " + location + "（配置项 zhicheng.organisation）");
    }
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    try (InputStream in = file.getInputStream()) {
      return json.readValue(in, Organisation.class);
    }
  }

  public Organisation get() {
    return organisation;
  }
}
